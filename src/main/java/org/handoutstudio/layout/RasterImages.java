package org.handoutstudio.layout;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
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

    private static final Map<String, RasterImage> CACHE = new ConcurrentHashMap<>();

    /** Why an image cannot be used, in words for the user. */
    public static final class ImageException extends Exception {
        private static final long serialVersionUID = 1L;

        public ImageException(String message) {
            super(message);
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
            long size = Files.size(file);
            String key = file.toAbsolutePath() + "|" + size + "|" + Files.getLastModifiedTime(file).toMillis()
                    + "|" + maxWidthPt + "x" + maxHeightPt;
            RasterImage cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
            if (size > MAX_FILE_BYTES) {
                throw new ImageException(file + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            RasterImage image = decode(Files.readAllBytes(file), file.toString(), maxWidthPt, maxHeightPt);
            CACHE.put(key, image);
            return image;
        } catch (NoSuchFileException e) {
            throw new ImageException(file + " does not exist");
        } catch (IOException e) {
            throw new ImageException(file + " cannot be read: " + e.getMessage());
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
                double scale = Math.min(maxWidthPt / width, maxHeightPt / height);
                int targetWidth = Math.max(1, (int) Math.round(width * scale * PRINT_DPI / 72));
                int targetHeight = Math.max(1, (int) Math.round(height * scale * PRINT_DPI / 72));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.min(width / Math.max(1, targetWidth), height / Math.max(1, targetHeight)));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
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

    /** Draws into a plain sRGB image (with alpha for PNGs that have it), scaling smoothly. */
    private static BufferedImage toRgb(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
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
