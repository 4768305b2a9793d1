package org.handoutstudio.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.Json;

/** Reads figure files through the app's one strict JSON mapper, reporting problems as {@link FigureException}s. */
final class FigureJson {

    private FigureJson() {
    }

    static <T> T read(InputStream in, String source, Class<T> type) {
        if (in == null) {
            throw new FigureException(source + ": no such file");
        }
        try (in) {
            T value = Json.read(in, type, source);
            if (value == null) {
                throw new FigureException(source + ": the file is empty or null");
            }
            return value;
        } catch (InvalidContentException e) {
            throw new FigureException(e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new FigureException(source + ": could not be read: " + e.getMessage(), e);
        }
    }
}
