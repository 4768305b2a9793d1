package org.handoutstudio.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.junit.jupiter.api.Test;

class ContentBytesTest {

    private static String written(double value, int decimals) {
        return new ContentBytes().number(value, decimals).toString();
    }

    @Test
    void roundsToTheGivenPlacesAndDropsTrailingZeros() {
        assertEquals("541.7 ", written(541.70001, 2));
        assertEquals("58 ", written(58.0004, 2));
        assertEquals("0.05 ", written(0.049, 2));
        assertEquals("12.35 ", written(12.345, 2));
        assertEquals("87.6 ", written(87.56, 1));
        assertEquals("0.93657 ", written(0.936574, 5));
        assertEquals("0.003 ", written(0.0031, 3));
        assertEquals("1234567.89 ", written(1234567.891, 2));
        assertEquals("100 ", written(99.999, 2));
    }

    @Test
    void negativesAndNegativeZero() {
        assertEquals("-0.25 ", written(-0.25, 2));
        assertEquals("-0.94 ", written(-0.936574, 2));
        assertEquals("0 ", written(-0.001, 2));
        assertEquals("-1002.5 ", written(-1002.5, 1));
    }

    @Test
    void operatorsFollowTheirOperands() {
        ContentBytes bytes = new ContentBytes().number(1, 2).number(2.5, 2).ascii("Td\n");
        assertEquals("1 2.5 Td\n", bytes.toString());
    }

    @Test
    void glyphCodesAreWrittenInHexAndPlainBytesAsLiterals() throws IOException {
        byte[] glyphs = {0, 0x2C, 0x01, (byte) 0xF3};
        assertEquals("<002C01F3>", string(glyphs));
        assertEquals(pdfBox(glyphs), string(glyphs));
        byte[] plain = "a(b)c\\".getBytes(StandardCharsets.US_ASCII);
        assertEquals("(a\\(b\\)c\\\\)", string(plain));
        assertEquals(pdfBox(plain), string(plain));
        assertEquals("<0A>", string(new byte[] {'\n'}));
        assertEquals("()", string(new byte[0]));
    }

    /** The painter writes text's glyph codes itself: byte for byte as PDFBox would, for any bytes. */
    @Property(tries = 300)
    void stringsAreWrittenExactlyAsPdfBoxWritesThem(@ForAll @Size(max = 40) byte[] string) throws IOException {
        assertEquals(pdfBox(string), string(string));
    }

    @Test
    void growsPastItsFirstSize() {
        ContentBytes bytes = new ContentBytes();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            bytes.number(i + 0.5, 1);
            expected.append(i).append(".5 ");
        }
        byte[] glyphs = new byte[600];
        Arrays.fill(glyphs, (byte) 0x9C);
        bytes.string(glyphs, glyphs.length);
        expected.append('<').append("9C".repeat(600)).append('>');
        assertEquals(expected.toString(), bytes.toString());
    }

    private static String string(byte[] string) {
        return new ContentBytes().string(string, string.length).toString();
    }

    private static String pdfBox(byte[] string) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        COSWriter.writeString(string, out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
