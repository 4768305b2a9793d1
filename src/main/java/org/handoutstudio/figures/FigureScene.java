package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure spec with its poses solved: what the renderer paints and what tests inspect
 * (joint positions, support heights, equipment).
 */
public final class FigureScene {

    private final FigureSpec spec;
    private final Equipment equipment;
    private final Camera camera;
    private final List<PosedFigure> poses;
    private final CloseUp closeUp;

    private FigureScene(FigureSpec spec, Equipment equipment, Camera camera, List<PosedFigure> poses, CloseUp closeUp) {
        this.spec = spec;
        this.equipment = equipment;
        this.camera = camera;
        this.poses = poses;
        this.closeUp = closeUp;
    }

    public static FigureScene compose(FigureSpec spec) {
        return compose(spec, (spec.id() == null ? "figure" : spec.id()) + ".json", BasePoseLibrary.bundled());
    }

    static FigureScene compose(FigureSpec spec, String source, BasePoseLibrary bases) {
        SpecChecks.checkTopLevel(spec, source);
        CloseUp closeUp = CloseUp.from(spec.view(), source);
        Equipment equipment = Equipment.from(spec.propsOrEmpty(), source);
        PoseResolver resolver = new PoseResolver(bases);
        List<PosedFigure> poses = new ArrayList<>();
        List<String> names = spec.isStartEnd() ? List.of("start", "end") : List.of("pose");
        List<PoseSpec> specs = spec.poses();
        for (int i = 0; i < specs.size(); i++) {
            Pose pose = resolver.resolve(specs.get(i), source, names.get(i));
            poses.add(PoseSolver.solve(pose, equipment, source, names.get(i)));
        }
        return new FigureScene(spec, equipment, Camera.of(spec.viewOrDefault()), List.copyOf(poses), closeUp);
    }

    public FigureSpec spec() {
        return spec;
    }

    public Equipment equipment() {
        return equipment;
    }

    public Camera camera() {
        return camera;
    }

    /** The close-up the view asks for, or null for a whole figure. */
    public CloseUp closeUp() {
        return closeUp;
    }

    /** Start and end, or the single pose. */
    public List<PosedFigure> poses() {
        return poses;
    }
}
