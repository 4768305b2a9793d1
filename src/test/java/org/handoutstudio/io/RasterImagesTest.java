package org.handoutstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.handoutstudio.io.RasterImage;
import org.handoutstudio.io.RasterImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RasterImagesTest {

    /** A 400 x 200 JPEG, red on the left half, stored with an EXIF orientation tag. */
    static byte[] jpegWithOrientation(int orientation) throws Exception {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 200, 200);
        g.setColor(Color.BLUE);
        g.fillRect(200, 0, 200, 200);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        // APP1 "Exif", big-endian TIFF header, one IFD entry: Orientation (0x0112), SHORT, 1 value.
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + tiff.length;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length, 'E', 'x', 'i', 'f', 0, 0});
        out.write(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    @Test
    void exifOrientationIsRespected(@TempDir Path folder) throws Exception {
        byte[] sideways = jpegWithOrientation(6);
        assertEquals(6, RasterImages.exifOrientation(sideways));
        Path file = Files.write(folder.resolve("photo.jpg"), sideways);
        RasterImage image = RasterImages.load(file, 200, 200);
        assertTrue(image.pixelHeight() > image.pixelWidth(), "turned upright: " + image.pixelWidth() + "x" + image.pixelHeight());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.encoded()));
        Color top = new Color(decoded.getRGB(decoded.getWidth() / 2, 5));
        assertTrue(top.getRed() > 200 && top.getBlue() < 80, "rotated 90 degrees clockwise: red is at the top");
        assertTrue(image.jpeg());
    }

    @Test
    void photosAreDownscaledToAbout300Dpi(@TempDir Path folder) throws Exception {
        BufferedImage big = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Path file = folder.resolve("big.jpg");
        ImageIO.write(big, "jpeg", file.toFile());
        RasterImage image = RasterImages.load(file, 200, 150);
        assertEquals(Math.round(200 * 300 / 72.0), image.pixelWidth(), 2);
        assertTrue(image.encoded().length < 200_000, image.encoded().length + " bytes");
    }

    @Test
    void aJpegWithoutExifIsUpright() throws Exception {
        byte[] plain = jpegWithOrientation(1);
        assertEquals(1, RasterImages.exifOrientation(plain));
        assertEquals(1, RasterImages.exifOrientation(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
    }
}
