package org.handoutstudio.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Content-stream bytes built up in one reusable buffer, then handed to the page in one write.
 *
 * <p>Numbers are fixed-point with trailing zeros dropped ("541.7", "58", "-0.25"). PDFBox writes a
 * float with up to five decimals, and a float near 500 is never a round hundredth, so "541.70001"
 * would be written for 541.7; numbers are most of a page's bytes. Strings are written exactly as
 * PDFBox's {@code COSWriter.writeString} writes them. Writing the digits and hex straight into
 * bytes, rather than through a {@code StringBuilder} and PDFBox's one-byte-at-a-time streams,
 * roughly halves the cost of painting text and figures.
 */
final class ContentBytes {

    /** Positions and lengths on the page: hundredths of a point. */
    static final int POINT_DECIMALS = 2;
    /** A figure's outlines, in its own units (about a point each): tenths, 0.04 mm at the largest scale printed. */
    static final int FIGURE_DECIMALS = 1;

    private static final long[] POWERS = {1, 10, 100, 1000, 10_000, 100_000};
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

    private byte[] bytes = new byte[256];
    private int length;

    /** Appends {@code value} rounded to {@code decimals} places (0 to 5), then a space. */
    ContentBytes number(double value, int decimals) {
        long power = POWERS[decimals];
        long scaled = Math.round(value * power);
        room(32);   // sign, 19 digits, point, 5 decimals, space
        if (scaled < 0) {
            bytes[length++] = '-';
            scaled = -scaled;
        }
        digits(scaled / power);
        long fraction = scaled % power;
        if (fraction != 0) {
            int places = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                places--;
            }
            bytes[length++] = '.';
            for (long pad = POWERS[places - 1]; pad > fraction; pad /= 10) {
                bytes[length++] = '0';
            }
            digits(fraction);
        }
        bytes[length++] = ' ';
        return this;
    }

    /** Appends ASCII text as it is: operators, with their spaces and line ends. */
    ContentBytes ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    /**
     * Appends the first {@code count} bytes of {@code string} as a PDF string: literal, with
     * {@code ( ) \} escaped, when every byte is 7-bit and none is a line end; hex otherwise.
     */
    ContentBytes string(byte[] string, int count) {
        boolean literal = true;
        for (int i = 0; i < count; i++) {
            byte b = string[i];
            if (b < 0 || b == '\r' || b == '\n') {
                literal = false;
                break;
            }
        }
        room(2 * count + 2);
        if (literal) {
            bytes[length++] = '(';
            for (int i = 0; i < count; i++) {
                byte b = string[i];
                if (b == '(' || b == ')' || b == '\\') {
                    bytes[length++] = '\\';
                }
                bytes[length++] = b;
            }
            bytes[length++] = ')';
        } else {
            bytes[length++] = '<';
            for (int i = 0; i < count; i++) {
                bytes[length++] = HEX[(string[i] >> 4) & 0xF];
                bytes[length++] = HEX[string[i] & 0xF];
            }
            bytes[length++] = '>';
        }
        return this;
    }

    /** Writes what has been appended to the page's content and empties the buffer for reuse. */
    @SuppressWarnings("deprecation")   // PDFBox's only public way to write operands it did not format
    void writeTo(PDPageContentStream content) throws IOException {
        content.appendRawCommands(Arrays.copyOf(bytes, length));
        length = 0;
    }

    /** What has been appended, as text (for tests). */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }

    private void digits(long value) {
        int count = 1;
        for (long bound = 10; count < 19 && value >= bound; bound *= 10) {
            count++;
        }
        length += count;
        for (int i = length - 1; i >= length - count; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }
}
