package org.handoutstudio.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.handoutstudio.io.Problem;

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

    public void requireText(String value, String path) {
        if (value == null || value.isBlank()) {
            add(path, "is required and must not be blank");
        }
    }

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
