package org.handoutstudio.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A compact ICC v2 sRGB display profile for the PDF/A output intent: the sRGB primaries adapted
 * to D50 and the sRGB tone curve sampled at 64 points, about 600 bytes against the 3 KB of the
 * JDK's profile that every handout used to carry. Built here rather than loaded, so an export
 * need not start the JDK's colour-management engine either.
 */
final class SrgbProfile {

    private static final double[] WHITE_D50 = {0.9642, 1.0, 0.82491};
    private static final double[][] PRIMARIES_D50 = {
        {0.43607, 0.22249, 0.01392}, {0.38515, 0.71687, 0.09708}, {0.14307, 0.06061, 0.71410}};
    private static final int CURVE_POINTS = 64;

    private static final byte[] BYTES = build();

    private SrgbProfile() {
    }

    /** The profile; do not modify. */
    static byte[] bytes() {
        return BYTES;
    }

    private static byte[] build() {
        byte[] description = description("sRGB IEC61966-2.1 (compact)");
        byte[] copyright = text("No copyright, use freely");
        byte[] white = xyz(WHITE_D50);
        byte[] curve = curve();
        String[] tags = {"desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"};
        byte[][] data = {description, copyright, white, xyz(PRIMARIES_D50[0]), xyz(PRIMARIES_D50[1]),
            xyz(PRIMARIES_D50[2]), curve, curve, curve};
        int tableEnd = 128 + 4 + 12 * tags.length;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteBuffer table = ByteBuffer.allocate(4 + 12 * tags.length).putInt(tags.length);
        int curveAt = -1;
        for (int i = 0; i < tags.length; i++) {
            int offset;
            if (data[i] == curve && curveAt >= 0) {
                offset = curveAt;   // the three tone curves share one copy
            } else {
                offset = tableEnd + body.size();
                body.writeBytes(data[i]);
                while (body.size() % 4 != 0) {
                    body.write(0);
                }
                if (data[i] == curve) {
                    curveAt = offset;
                }
            }
            table.put(ascii(tags[i])).putInt(offset).putInt(data[i].length);
        }
        int size = tableEnd + body.size();
        ByteBuffer header = ByteBuffer.allocate(128)
                .putInt(size).putInt(0).putInt(0x02100000)
                .put(ascii("mntr")).put(ascii("RGB ")).put(ascii("XYZ "))
                .putShort((short) 2026).putShort((short) 1).putShort((short) 1).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .put(ascii("acsp"));
        header.position(68);
        for (double component : WHITE_D50) {
            header.putInt(fixed(component));
        }
        ByteBuffer profile = ByteBuffer.allocate(size).put(header.array()).put(table.array()).put(body.toByteArray());
        return profile.array();
    }

    /** The sRGB transfer function, sampled evenly from 0 to 1 as 16-bit values. */
    private static byte[] curve() {
        ByteBuffer curve = ByteBuffer.allocate(12 + 2 * CURVE_POINTS).put(ascii("curv")).putInt(0).putInt(CURVE_POINTS);
        for (int i = 0; i < CURVE_POINTS; i++) {
            double v = i / (double) (CURVE_POINTS - 1);
            double linear = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            curve.putShort((short) Math.round(linear * 65535));
        }
        return curve.array();
    }

    private static byte[] xyz(double[] xyz) {
        ByteBuffer tag = ByteBuffer.allocate(20).put(ascii("XYZ ")).putInt(0);
        for (double component : xyz) {
            tag.putInt(fixed(component));
        }
        return tag.array();
    }

    private static byte[] text(String text) {
        byte[] chars = ascii(text);
        return ByteBuffer.allocate(8 + chars.length + 1).put(ascii("text")).putInt(0).put(chars).array();
    }

    /** A textDescriptionType: the ASCII name, then empty Unicode and ScriptCode names. */
    private static byte[] description(String name) {
        byte[] chars = ascii(name);
        ByteBuffer tag = ByteBuffer.allocate(12 + chars.length + 1 + 8 + 3 + 67)
                .put(ascii("desc")).putInt(0).putInt(chars.length + 1).put(chars).put((byte) 0);
        return tag.array();
    }

    private static int fixed(double value) {
        return (int) Math.round(value * 65536);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
