package org.handoutstudio.figures;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The bundled exercise figures: finding, reading and checking figure files. */
public final class FigureCatalogue {

    public static final String FOLDER = "/assets/library/figures/";
    public static final String INDEX = FOLDER + "index.json";

    /** The index file's shape: {"schemaVersion": 1, "figures": ["bridge", ...]}. */
    record Index(Integer schemaVersion, List<String> figures) { }

    private static volatile List<String> ids;

    /** Loads /assets/library/figures/&lt;id&gt;.json from the classpath; throws FigureException if missing or invalid. */
    public static FigureSpec load(String id) {
        return loadScene(id).spec();
    }

    /**
     * Loads a bundled figure with its poses solved, as {@link #load} checks them, so a renderer
     * need not solve them a second time; throws FigureException if missing or invalid.
     */
    public static FigureScene loadScene(String id) {
        if (id == null || !SpecChecks.ID.matcher(id).matches()) {
            throw new FigureException("'" + id + "' is not a figure id (lower-case words joined by hyphens)");
        }
        String resource = FOLDER + id + ".json";
        String source = resource.substring(1);
        FigureScene scene;
        try (InputStream in = FigureCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FigureException(source + ": no such figure file on the classpath");
            }
            scene = parseScene(in, source);
        } catch (IOException e) {
            throw new FigureException(source + ": " + e.getMessage());
        }
        if (!id.equals(scene.spec().id())) {
            throw SpecErrors.field(source, "id", "'" + scene.spec().id() + "' does not match the file name '" + id + "'");
        }
        return scene;
    }

    /** Parses a figure spec from a stream; sourceName is used in error messages. */
    public static FigureSpec parse(InputStream in, String sourceName) {
        return parseScene(in, sourceName).spec();
    }

    private static FigureScene parseScene(InputStream in, String sourceName) {
        FigureSpec spec = FigureJson.read(in, sourceName, FigureSpec.class);
        // Solving the poses reports every bad value now, naming the file and field.
        return FigureScene.compose(spec, sourceName, BasePoseLibrary.bundled());
    }

    /** Ids of all bundled figure files, from index.json. */
    public static List<String> bundledIds() {
        List<String> list = ids;
        if (list == null) {
            Index index = FigureJson.read(FigureCatalogue.class.getResourceAsStream(INDEX), INDEX.substring(1), Index.class);
            if (index.figures() == null) {
                throw SpecErrors.field(INDEX.substring(1), "figures", "is required");
            }
            list = List.copyOf(index.figures());
            ids = list;
        }
        return list;
    }

    private FigureCatalogue() { }
}
