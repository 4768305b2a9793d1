package org.handoutstudio.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Collects every problem found in one file, so a user fixes them all in one go rather than
 * one per run. Paths are JSON paths such as {@code items[3].dosage.reps}.
 */
public final class Problems {

    private final String source;
    private final List<Problem> found = new ArrayList<>();

    public Problems(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void add(String path, String message) {
        found.add(new Problem(source, path, -1, -1, message));
    }

    public void add(Problem problem) {
        found.add(problem);
    }

    public void addAll(Collection<Problem> problems) {
        found.addAll(problems);
    }

    public void require(Object value, String path) {
        if (value == null) {
            add(path, "is required");
        }
    }

    /** {@code value} must be present and have something visible in it (spaces alone, even unusual ones, do not count). */
    public void requireText(String value, String path) {
        if (value == null || isInvisible(value)) {
            add(path, value == null || value.isEmpty() ? "is required and must not be blank"
                    : "is required, and has only spaces or invisible characters in it");
        }
    }

    /** As {@link #requireText}, and at most {@code max} characters. */
    public void requireText(String value, String path, int max) {
        requireText(value, path);
        limit(value, path, max);
    }

    /** An optional {@code value} is at most {@code max} characters long. */
    public void limit(String value, String path, int max) {
        if (value != null && value.length() > max) {
            add(path, "is " + String.format(Locale.ROOT, "%,d", value.length())
                    + " characters long; the most allowed is " + String.format(Locale.ROOT, "%,d", max));
        }
    }

    /** An optional list has at most {@code max} entries. */
    public void limitCount(List<?> value, String path, int max) {
        if (value != null && value.size() > max) {
            add(path, "has " + value.size() + " entries; the most allowed is " + max);
        }
    }

    /**
     * True when {@code text} would print as nothing: only spaces of any kind (including
     * non-breaking ones), zero-width and other invisible formatting characters, and control
     * characters.
     */
    public static boolean isInvisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean blank = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                    || type == Character.CONTROL || BLANK_LOOKING.indexOf(cp) >= 0;
            if (!blank) {
                return false;
            }
        }
        return true;
    }

    /** Letters that print as empty space: Hangul fillers and the blank braille pattern. */
    private static final String BLANK_LOOKING = "\u115F\u1160\u3164\uFFA0\u2800";

    public void requireList(List<?> value, String path) {
        if (value == null || value.isEmpty()) {
            add(path, "is required and must list at least one entry");
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** Throws an {@link InvalidContentException} carrying every problem, if there are any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidContentException(found);
        }
    }
}
