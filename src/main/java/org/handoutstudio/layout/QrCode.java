package org.handoutstudio.layout;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.VectorPath;

/**
 * A web address as a QR code, drawn as vector shapes (crisp at any printer resolution) from
 * ZXing's encoder: one unit per module, with the four-module quiet zone a scanner needs around it,
 * in black on white so it scans from any printer.
 */
final class QrCode {

    /** The smallest a code is printed: 20 mm. */
    static final double MIN_WIDTH_POINTS = 20 / 25.4 * 72;
    /** Printers and phones both cope with modules this big (about 0.4 mm). */
    static final double MIN_MODULE_POINTS = 1.1;
    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** The code for {@code url}, {@code modules + 8} units wide (quiet zone included). */
    static Drawing of(String url) {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(url, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET,
                    StandardCharsets.UTF_8.name())).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of this web address: " + e.getMessage(), e);
        }
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        List<PathOp> dark = new ArrayList<>();
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (matrix.get(column, row) != 1) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row) == 1) {
                    column++;
                }
                // One rectangle per run of dark modules in a row keeps the path short.
                double x0 = start + QUIET_ZONE;
                double x1 = column + QUIET_ZONE;
                double y0 = row + QUIET_ZONE;
                dark.add(new PathOp.MoveTo(x0, y0));
                dark.add(new PathOp.LineTo(x1, y0));
                dark.add(new PathOp.LineTo(x1, y0 + 1));
                dark.add(new PathOp.LineTo(x0, y0 + 1));
                dark.add(new PathOp.Close());
            }
        }
        VectorPath background = new VectorPath(List.of(new PathOp.MoveTo(0, 0), new PathOp.LineTo(size, 0),
                new PathOp.LineTo(size, size), new PathOp.LineTo(0, size), new PathOp.Close()), Colour.WHITE, null, 0);
        return new Drawing(size, size, List.of(background, new VectorPath(dark, Colour.BLACK, null, 0)));
    }

    /** The printed width of {@code code}: at least 20 mm, and larger for dense codes so no module is too small. */
    static double printedWidth(Drawing code) {
        return Math.max(MIN_WIDTH_POINTS, code.width() * MIN_MODULE_POINTS);
    }
}
