package org.handoutstudio.io;

/**
 * One thing wrong with one input file: which file, where in it (JSON path, and line and column
 * when the parser knows them; -1 when not) and what, in words a practice manager can act on.
 */
public record Problem(String file, String path, int line, int column, String message) {

    /** {@code file:line:column: path: message}, leaving out the parts that are unknown. */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (path != null && !path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
