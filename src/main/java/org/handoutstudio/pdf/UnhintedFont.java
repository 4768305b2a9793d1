package org.handoutstudio.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A TrueType font without its hinting: the instructions that fit outlines to a screen's pixel
 * grid (the fpgm, prep and cvt tables, and each glyph's own instructions). Printers and PDF
 * viewers draw the outlines at their own resolution; the hinting only made each embedded subset
 * about 7 KB larger. Outlines, metrics, character map and substitutions are untouched, so text is
 * placed and measured exactly as before.
 */
final class UnhintedFont {

    /** Tables that only serve hinting (hdmx, LTSH and VDMX hold results of running it). */
    private static final Set<String> HINTING = Set.of("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX");

    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

    private UnhintedFont() {
    }

    /** The font file {@code ttf} with its hinting removed. */
    static byte[] of(byte[] ttf) {
        ByteBuffer font = ByteBuffer.wrap(ttf);
        int tableCount = Short.toUnsignedInt(font.getShort(4));
        Map<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < tableCount; i++) {
            int record = 12 + 16 * i;
            String tag = new String(ttf, record, 4, StandardCharsets.ISO_8859_1);
            int offset = font.getInt(record + 8);
            int length = font.getInt(record + 4 + 8);
            byte[] table = new byte[length];
            System.arraycopy(ttf, offset, table, 0, length);
            tables.put(tag, table);
        }
        HINTING.forEach(tables::remove);
        byte[] head = tables.get("head").clone();
        boolean longOffsets = ByteBuffer.wrap(head).getShort(50) == 1;
        int glyphCount = Short.toUnsignedInt(ByteBuffer.wrap(tables.get("maxp")).getShort(4));
        ByteBuffer loca = ByteBuffer.wrap(tables.get("loca"));
        byte[] glyf = tables.get("glyf");
        ByteBuffer newGlyf = ByteBuffer.allocate(glyf.length);
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (glyphCount + 1));
        for (int g = 0; g < glyphCount; g++) {
            int start = longOffsets ? loca.getInt(4 * g) : 2 * Short.toUnsignedInt(loca.getShort(2 * g));
            int end = longOffsets ? loca.getInt(4 * g + 4) : 2 * Short.toUnsignedInt(loca.getShort(2 * g + 2));
            newLoca.putInt(newGlyf.position());
            if (end > start) {
                newGlyf.put(withoutInstructions(ByteBuffer.wrap(glyf, start, end - start).slice()));
                while (newGlyf.position() % 4 != 0) {
                    newGlyf.put((byte) 0);
                }
            }
        }
        newLoca.putInt(newGlyf.position());
        tables.put("glyf", Arrays.copyOf(newGlyf.array(), newGlyf.position()));
        tables.put("loca", newLoca.array());
        ByteBuffer.wrap(head).putShort(50, (short) 1);   // long loca offsets
        ByteBuffer.wrap(head).putInt(8, 0);              // checkSumAdjustment, set below
        tables.put("head", head);
        byte[] maxp = tables.get("maxp").clone();
        if (maxp.length >= 32) {
            ByteBuffer.wrap(maxp).putShort(26, (short) 0);   // maxSizeOfInstructions
        }
        tables.put("maxp", maxp);
        return assemble(font.getInt(0), tables);
    }

    /** One glyph's data with its instructions left out. */
    private static byte[] withoutInstructions(ByteBuffer glyph) {
        int contours = glyph.getShort(0);
        if (contours >= 0) {
            int lengthAt = 10 + 2 * contours;
            int instructions = Short.toUnsignedInt(glyph.getShort(lengthAt));
            int rest = glyph.limit() - lengthAt - 2 - instructions;
            byte[] out = new byte[lengthAt + 2 + rest];
            glyph.get(0, out, 0, lengthAt);
            glyph.get(lengthAt + 2 + instructions, out, lengthAt + 2, rest);
            return out;   // the two bytes at lengthAt stay 0: no instructions
        }
        // A composite: copy its components, clear their instruction flag, drop what follows them.
        byte[] out = new byte[glyph.limit()];
        glyph.get(0, out, 0, glyph.limit());
        ByteBuffer copy = ByteBuffer.wrap(out);
        int at = 10;
        int flags;
        do {
            flags = Short.toUnsignedInt(copy.getShort(at));
            copy.putShort(at, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        return Arrays.copyOf(out, at);
    }

    /** A font file of {@code tables} (sorted by tag), each 4-byte aligned, with its checksums. */
    private static byte[] assemble(int version, Map<String, byte[]> tables) {
        int count = tables.size();
        int size = 12 + 16 * count;
        for (byte[] table : tables.values()) {
            size += (table.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(count);
        out.putInt(version).putShort((short) count).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
        int offset = 12 + 16 * count;
        int headAt = -1;
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            byte[] data = table.getValue();
            out.put(table.getKey().getBytes(StandardCharsets.ISO_8859_1))
                    .putInt(checksum(data)).putInt(offset).putInt(data.length);
            out.put(offset, data);
            if (table.getKey().equals("head")) {
                headAt = offset;
            }
            offset += (data.length + 3) & ~3;
        }
        byte[] bytes = out.array();
        if (headAt >= 0) {
            ByteBuffer.wrap(bytes).putInt(headAt + 8, (int) (0xB1B0AFBAL - Integer.toUnsignedLong(checksum(bytes))));
        }
        return bytes;
    }

    private static int checksum(byte[] data) {
        long sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                word = word << 8 | (i + j < data.length ? data[i + j] & 0xFF : 0);
            }
            sum += word;
        }
        return (int) sum;
    }
}
