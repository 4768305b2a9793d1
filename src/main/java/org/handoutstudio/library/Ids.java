package org.handoutstudio.library;

import java.util.function.Predicate;
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

    /**
     * A new id made from a title ("Calf stretch on a step" gives "calf-stretch-on-a-step"), with
     * "-2", "-3" ... added while {@code taken} says the id is in use.
     */
    public static String fromTitle(String title, Predicate<String> taken) {
        String base = title == null ? "" : LibrarySearch.fold(title).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (base.length() > MAX_LENGTH - 4) {
            base = base.substring(0, MAX_LENGTH - 4).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "item";
        }
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static void check(Problems problems, String id, String path) {
        if (id == null || id.isBlank()) {
            problems.add(path, "is required");
        } else if (!isValid(id)) {
            problems.add(path, "\"" + id + "\" must be lower-case letters and digits joined by hyphens, like \"knee-rolls\"");
        }
    }
}
