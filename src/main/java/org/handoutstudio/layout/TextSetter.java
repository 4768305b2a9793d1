package org.handoutstudio.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Breaks inline text into lines that fit a width: break opportunities from
 * {@link BreakIterator} (so non-breaking spaces hold), widths measured with the bundled fonts,
 * words longer than a line broken between characters, soft hyphens shown only where a line
 * breaks at them. Never justifies and never hyphenates on its own.
 */
public final class TextSetter {

    private static final char SOFT_HYPHEN = '\u00AD';

    private TextSetter() {
    }

    /** Measured character clusters of one style, run together. */
    private record Piece(CharSequence text, boolean bold) { }

    /** A breakable unit: a word with its trailing spaces. */
    private static final class Segment {
        final List<Piece> pieces = new ArrayList<>();
        double width;
        double trailingSpace;
        boolean endsWithSoftHyphen;
        boolean boldAtEnd;

        /** The last piece's text, while clusters of its style are added to it. */
        private StringBuilder open;

        /** Adds a measured cluster to the last piece when it has the same style: a piece a character cost more than the measuring. */
        void add(CharSequence cluster, boolean bold, double clusterWidth) {
            pieceFor(bold).append(cluster);
            width += clusterWidth;
        }

        void add(char cluster, boolean bold, double clusterWidth) {
            pieceFor(bold).append(cluster);
            width += clusterWidth;
        }

        private StringBuilder pieceFor(boolean bold) {
            if (open == null || boldAtEnd != bold) {
                open = new StringBuilder();
                pieces.add(new Piece(open, bold));
            }
            boldAtEnd = bold;
            return open;
        }
    }

    public static List<TextLine> set(List<Span> spans, double size, double maxWidth) {
        StringBuilder all = new StringBuilder();
        for (Span span : spans) {
            all.append(span.text());
        }
        String text = all.toString();
        boolean[] boldByChar = new boolean[text.length()];
        int at = 0;
        for (Span span : spans) {
            Arrays.fill(boldByChar, at, at + span.text().length(), span.bold());
            at += span.text().length();
        }
        List<Segment> segments = segment(text, boldByChar, size, maxWidth);
        return fill(segments, size, maxWidth);
    }

    private static List<Segment> segment(String text, boolean[] bold, double size, double maxWidth) {
        List<Segment> segments = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.UK);
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.UK);
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            addSegments(segments, text, bold, start, end, size, maxWidth, characters);
        }
        return segments;
    }

    private static void addSegments(List<Segment> out, String text, boolean[] bold, int start, int end,
                                    double size, double maxWidth, BreakIterator characters) {
        int visibleEnd = end;
        while (visibleEnd > start && text.charAt(visibleEnd - 1) == ' ') {
            visibleEnd--;
        }
        Segment segment = new Segment();
        boolean softHyphenAtEnd = visibleEnd > start && text.charAt(visibleEnd - 1) == SOFT_HYPHEN;
        boolean charByChar = eachCharacterStandsAlone(text, start, visibleEnd);
        if (charByChar) {
            // Each character is a cluster: measured straight from the text, no substring a character.
            for (int i = start; i < visibleEnd; i++) {
                char c = text.charAt(i);
                if (c == SOFT_HYPHEN) {
                    continue;
                }
                double clusterWidth = measure(c, bold[i], size);
                segment = breakIfFull(out, segment, clusterWidth, maxWidth);
                segment.add(c, bold[i], clusterWidth);
            }
        } else {
            characters.setText(text.substring(start, visibleEnd));
            int from = 0;
            for (int to = nextAfterFirst(characters); to != BreakIterator.DONE; from = to, to = characters.next()) {
                String cluster = text.substring(start + from, start + to);
                if (cluster.indexOf(SOFT_HYPHEN) >= 0) {
                    cluster = cluster.replace(String.valueOf(SOFT_HYPHEN), "");
                    if (cluster.isEmpty()) {
                        continue;
                    }
                }
                boolean isBold = bold[start + from];
                double clusterWidth = measure(cluster, isBold, size);
                segment = breakIfFull(out, segment, clusterWidth, maxWidth);
                segment.add(cluster, isBold, clusterWidth);
            }
        }
        // Only the word's last piece ends where the soft hyphen is; forced breaks get no hyphen.
        segment.endsWithSoftHyphen = softHyphenAtEnd;
        if (visibleEnd < end) {
            boolean spaceBold = bold[visibleEnd];
            segment.trailingSpace = measure(" ", spaceBold, size) * (end - visibleEnd);
        }
        if (!segment.pieces.isEmpty() || segment.trailingSpace > 0) {
            out.add(segment);
        }
    }

    /**
     * True when every character is a cluster of its own, so the word needs no character
     * iterator: below U+0300 nothing joins the character before it (the first combining marks
     * are there) except a line feed after a carriage return.
     */
    private static boolean eachCharacterStandsAlone(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** The segment the next cluster goes into: a new one when a word longer than the line must break before it. */
    private static Segment breakIfFull(List<Segment> out, Segment segment, double clusterWidth, double maxWidth) {
        if (segment.width + clusterWidth > maxWidth && !segment.pieces.isEmpty()) {
            out.add(segment);
            return new Segment();
        }
        return segment;
    }

    private static int nextAfterFirst(BreakIterator characters) {
        characters.first();
        return characters.next();
    }

    private static List<TextLine> fill(List<Segment> segments, double size, double maxWidth) {
        List<TextLine> lines = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        double width = 0;
        for (Segment segment : segments) {
            boolean fits = width + segment.width <= maxWidth + 0.001;
            if (!fits && !current.isEmpty()) {
                lines.add(build(current, size));
                current.clear();
                width = 0;
            }
            current.add(segment);
            width += segment.width + segment.trailingSpace;
        }
        if (!current.isEmpty()) {
            lines.add(build(current, size));
        }
        return lines;
    }

    /** Joins a line's segments into fragments of one face each and measures them as drawn. */
    private static TextLine build(List<Segment> segments, double size) {
        StringBuilder pending = new StringBuilder();
        FontFace pendingFace = null;
        List<TextLine.Fragment> fragments = new ArrayList<>();
        double[] x = {0};
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            boolean last = s == segments.size() - 1;
            List<Piece> pieces = new ArrayList<>(segment.pieces);
            if (last && segment.endsWithSoftHyphen) {
                pieces.add(new Piece("-", segment.boldAtEnd));
            }
            if (!last && segment.trailingSpace > 0) {
                int spaces = (int) Math.round(segment.trailingSpace / measure(" ", segment.boldAtEnd, size));
                pieces.add(new Piece(" ".repeat(Math.max(1, spaces)), segment.boldAtEnd));
            }
            for (Piece piece : pieces) {
                for (int i = 0; i < piece.text().length(); ) {
                    int cp = Character.codePointAt(piece.text(), i);
                    i += Character.charCount(cp);
                    FontFace face = faceOrReplacement(cp, piece.bold(), pendingFace);
                    int drawn = FontFallback.faceFor(cp, piece.bold()) == null && cp != ' ' ? FontFallback.REPLACEMENT : cp;
                    if (face != pendingFace && pending.length() > 0) {
                        flush(fragments, pending, pendingFace, size, x);
                    }
                    pendingFace = face;
                    pending.appendCodePoint(drawn);
                }
            }
        }
        if (pending.length() > 0) {
            flush(fragments, pending, pendingFace, size, x);
        }
        // Trailing spaces are not part of the line's visible width: it ends with the last fragment that shows.
        double width = 0;
        for (int f = fragments.size() - 1; f >= 0; f--) {
            TextLine.Fragment fragment = fragments.get(f);
            String visible = fragment.text().stripTrailing();
            if (visible.length() == fragment.text().length()) {
                width = fragment.x() + fragment.width();   // measured just now, in flush
                break;
            }
            if (!visible.isEmpty()) {
                width = fragment.x() + FontMetrics.of(fragment.face()).width(visible, size);
                break;
            }
        }
        return new TextLine(fragments, width);
    }

    /** A space keeps the current face so runs are not split needlessly. */
    private static FontFace faceOrReplacement(int cp, boolean bold, FontFace current) {
        if (cp == ' ' && current != null && current.isBold() == bold) {
            return current;
        }
        FontFace face = FontFallback.faceFor(cp, bold);
        return face != null ? face : FontFallback.replacementFace(bold);
    }

    private static void flush(List<TextLine.Fragment> fragments, StringBuilder text, FontFace face, double size,
                              double[] x) {
        String content = text.toString();
        double width = FontMetrics.of(face).width(content, size);
        fragments.add(new TextLine.Fragment(content, face, x[0], width));
        x[0] += width;
        text.setLength(0);
    }

    /** Width of a cluster as it will be drawn, falling back face by face. */
    static double measure(String cluster, boolean bold, double size) {
        double width = 0;
        for (int i = 0; i < cluster.length(); ) {
            int cp = cluster.codePointAt(i);
            i += Character.charCount(cp);
            width += measure(cp, bold, size);
        }
        return width;
    }

    /** Width of one character as it will be drawn: in the first face that has it, or as the replacement mark. */
    private static double measure(int codePoint, boolean bold, double size) {
        int cp = codePoint;
        FontFace face = FontFallback.faceFor(cp, bold);
        if (face == null) {
            face = FontFallback.replacementFace(bold);
            cp = FontFallback.REPLACEMENT;
        }
        FontMetrics metrics = FontMetrics.of(face);
        return cp <= Character.MAX_VALUE ? metrics.width((char) cp, size)
                : metrics.width(new String(Character.toChars(cp)), size);
    }
}
