package org.handoutstudio.library;

import java.util.regex.Pattern;
import org.handoutstudio.io.Problems;

/** Item ids: lower-case words joined by hyphens, so they are safe in file names and JSON. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 80;

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && ID.matcher(id).matches();
    }

    static void check(Problems problems, String id, String path) {
        if (id == null || id.isBlank()) {
            problems.add(path, "is required");
        } else if (!isValid(id)) {
            problems.add(path, "\"" + id + "\" must be lower-case letters and digits joined by hyphens, like \"knee-rolls\"");
        }
    }
}
