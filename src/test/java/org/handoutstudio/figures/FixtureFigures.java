package org.handoutstudio.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The figure files under src/test/resources/figure-fixtures: examples of every prop, view and hand shape. */
final class FixtureFigures {

    static final String FOLDER = "/figure-fixtures/";

    static List<String> ids() {
        try (Stream<Path> files = Files.list(Path.of(FixtureFigures.class.getResource(FOLDER).toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static FigureSpec load(String id) {
        try (InputStream in = FixtureFigures.class.getResourceAsStream(FOLDER + id + ".json")) {
            return FigureCatalogue.parse(in, "figure-fixtures/" + id + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FixtureFigures() { }
}
