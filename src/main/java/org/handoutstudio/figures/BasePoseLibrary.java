package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Named starting poses ("standing", "supine-knees-bent", "all-fours"...) that any figure file
 * can build on with {@code "base"}. The bundled set lives in base-poses.json beside the figures.
 */
public final class BasePoseLibrary {

    public static final String RESOURCE = "/assets/library/figures/base-poses.json";

    /** The file's shape: {"schemaVersion": 1, "poses": {"name": { pose }, ...}}. */
    record BasePoseFile(Integer schemaVersion, Map<String, PoseSpec> poses) { }

    private static volatile BasePoseLibrary bundled;

    private final Map<String, PoseSpec> poses;
    private final String sourceName;

    private BasePoseLibrary(Map<String, PoseSpec> poses, String sourceName) {
        this.poses = poses;
        this.sourceName = sourceName;
    }

    public static BasePoseLibrary bundled() {
        BasePoseLibrary lib = bundled;
        if (lib == null) {
            String source = RESOURCE.substring(1);
            BasePoseFile file = FigureJson.read(BasePoseLibrary.class.getResourceAsStream(RESOURCE), source, BasePoseFile.class);
            lib = of(file, source);
            bundled = lib;
        }
        return lib;
    }

    static BasePoseLibrary of(BasePoseFile file, String source) {
        if (file.schemaVersion() == null || file.schemaVersion() != FigureSpec.SCHEMA_VERSION) {
            throw SpecErrors.field(source, "schemaVersion", "must be " + FigureSpec.SCHEMA_VERSION);
        }
        if (file.poses() == null) {
            throw SpecErrors.field(source, "poses", "is required");
        }
        BasePoseLibrary lib = new BasePoseLibrary(Map.copyOf(file.poses()), source);
        PoseResolver resolver = new PoseResolver(lib);
        for (String name : file.poses().keySet()) {
            resolver.resolve(file.poses().get(name), source, "poses." + name);   // fail early on a bad base
        }
        return lib;
    }

    PoseSpec get(String name) {
        return poses.get(name);
    }

    public List<String> names() {
        List<String> names = new ArrayList<>(poses.keySet());
        names.sort(null);
        return names;
    }

    String sourceName() {
        return sourceName;
    }
}
