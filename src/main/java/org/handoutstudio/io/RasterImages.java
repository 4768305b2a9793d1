package org.handoutstudio.io;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns a user's PNG or JPEG into a {@link RasterImage} that is safe to print: the format is
 * checked by its first bytes, the pixel size is read from the header before any decoding (so a
 * 30,000 x 30,000 image cannot exhaust memory), large images are subsampled while decoding and
 * then scaled to about 300 dpi at their printed size, and colour ends up as sRGB.
 */
public final class RasterImages {

    /** Files larger than this are refused before reading. */
    public static final long MAX_FILE_BYTES = 30L * 1024 * 1024;
    /** Images with more pixels than this are refused: decoding them takes too long to be worth it. */
    public static final long MAX_PIXELS = 120_000_000L;
    static final double PRINT_DPI = 300;

    /** Results by file, size, date and print size: an image, or the reason it cannot be used. */
    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

    /** Why an image cannot be used, in words for the user. */
    public static final class ImageException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean unreadable;

        public ImageException(String message) {
            this(message, false);
        }

        /** {@code unreadable}: the file could not be read at all (rather than read and found not to be a usable image). */
        public ImageException(String message, boolean unreadable) {
            super(message);
            this.unreadable = unreadable;
        }

        public boolean unreadable() {
            return unreadable;
        }
    }

    private RasterImages() {
    }

    /**
     * Loads an image to be printed at most {@code maxWidthPt} x {@code maxHeightPt} points.
     * Results are cached by file, size and modification time.
     */
    public static RasterImage load(Path file, double maxWidthPt, double maxHeightPt) throws ImageException {
        try {
            // Attributes first: a device or pipe must never be opened, and its "size" means nothing.
            SafeFiles.requireRegularFile(file);
            long size = Files.size(file);
            String key = file.toAbsolutePath() + "|" + size + "|" + Files.getLastModifiedTime(file).toMillis()
                    + "|" + maxWidthPt + "x" + maxHeightPt;
            Object cached = CACHE.get(key);
            if (cached instanceof RasterImage image) {
                return image;
            }
            if (cached instanceof ImageException failure) {
                throw new ImageException(failure.getMessage(), failure.unreadable());
            }
            try {
                if (size > MAX_FILE_BYTES) {
                    throw new ImageException(file + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB", false);
                }
                RasterImage image = decode(SafeFiles.read(file, MAX_FILE_BYTES), file.toString(), maxWidthPt, maxHeightPt);
                CACHE.put(key, image);
                return image;
            } catch (ImageException failure) {
                CACHE.put(key, failure);
                throw failure;
            }
        } catch (NoSuchFileException e) {
            throw new ImageException(file + " does not exist", true);
        } catch (IOException e) {
            throw new ImageException(file + " cannot be read: " + SafeFiles.reason(e), true);
        }
    }

    static RasterImage decode(byte[] bytes, String name, double maxWidthPt, double maxHeightPt) throws ImageException {
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        if (!jpeg && !png) {
            throw new ImageException(name + " is not a PNG or JPEG image");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new ImageException(name + " is not a readable image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new ImageException(String.format(Locale.ROOT,
                            "%s is %,d x %,d pixels, too large to print; use an image under %d megapixels",
                            name, width, height, MAX_PIXELS / 1_000_000));
                }
                // Phones store photos sideways and say so in EXIF; sizes below are as the photo is seen.
                int orientation = jpeg ? exifOrientation(bytes) : 1;
                boolean turned = orientation >= 5;
                int shownWidth = turned ? height : width;
                int shownHeight = turned ? width : height;
                double scale = Math.min(maxWidthPt / shownWidth, maxHeightPt / shownHeight);
                int targetWidth = Math.max(1, (int) Math.round(shownWidth * scale * PRINT_DPI / 72));
                int targetHeight = Math.max(1, (int) Math.round(shownHeight * scale * PRINT_DPI / 72));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.min(shownWidth / Math.max(1, targetWidth), shownHeight / Math.max(1, targetHeight)));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = orient(reader.read(0, param), orientation);
                boolean smaller = targetWidth < decoded.getWidth();
                BufferedImage rgb = toRgb(decoded, smaller ? targetWidth : decoded.getWidth(),
                        smaller ? targetHeight : decoded.getHeight(), png && decoded.getColorModel().hasAlpha());
                byte[] encoded = png ? encodePng(rgb) : encodeJpeg(rgb);
                return new RasterImage(encoded, !png, rgb.getWidth(), rgb.getHeight());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageException(name + " cannot be decoded (" + e.getMessage()
                    + "); save it again as an RGB PNG or JPEG");
        }
    }

    /** The EXIF orientation (1 to 8) of a JPEG, or 1 when it has none or it cannot be read. */
    static int exifOrientation(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (marker == 0xDA || length < 2) {
                return 1;
            }
            if (marker == 0xE1 && i + 10 + 8 <= b.length && b[i + 4] == 'E' && b[i + 5] == 'x' && b[i + 6] == 'i'
                    && b[i + 7] == 'f') {
                int tiff = i + 10;
                boolean little = b[tiff] == 'I';
                long ifd = tiff + int32(b, tiff + 4, little);
                if (ifd + 2 > b.length) {
                    return 1;
                }
                int count = int16(b, (int) ifd, little);
                for (int k = 0; k < count; k++) {
                    int entry = (int) ifd + 2 + k * 12;
                    if (entry + 12 > b.length) {
                        return 1;
                    }
                    if (int16(b, entry, little) == 0x0112) {
                        int value = int16(b, entry + 8, little);
                        return value >= 1 && value <= 8 ? value : 1;
                    }
                }
                return 1;
            }
            i += 2 + length;
        }
        return 1;
    }

    private static int int16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static long int32(byte[] b, int at, boolean little) {
        return (long) int16(b, little ? at + 2 : at, little) << 16 | int16(b, little ? at : at + 2, little);
    }

    /** Turns and flips a decoded image as its EXIF orientation says, so it looks as it was taken. */
    static BufferedImage orient(BufferedImage source, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean turned = orientation >= 5;
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(source, turn, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Draws into a plain sRGB image (with alpha for PNGs that have it), scaling smoothly. */
    private static BufferedImage toRgb(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encodePng(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] encodeJpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.88f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
