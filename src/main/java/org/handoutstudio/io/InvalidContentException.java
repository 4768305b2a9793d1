package org.handoutstudio.io;

import java.util.List;
import org.handoutstudio.io.Problem;

/** A file that cannot be used as it is. The message is the first problem; all are kept. */
public class InvalidContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidContentException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid content" : problems.get(0).describe()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public InvalidContentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
