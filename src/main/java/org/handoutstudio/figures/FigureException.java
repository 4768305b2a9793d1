package org.handoutstudio.figures;

/** A figure file is missing or invalid; the message names the file and, where known, the field. */
public class FigureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FigureException(String message) {
        super(message);
    }

    public FigureException(String message, Throwable cause) {
        super(message, cause);
    }
}
