package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.List;
import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.PathSimplifier;
import org.handoutstudio.graphics.VectorPath;

/**
 * Paints a figure spec as one {@link Drawing}: start and end poses side by side with an arrow
 * (about 2.4 : 1), or a single pose, with a hold badge when asked (about 1.4 : 1). The scale is
 * fixed (0.5 pt per cm of the 170 cm figure) so figures on one handout match in size and line
 * weight; the layout engine may scale the drawing as a whole.
 */
public final class FigureRenderer {

    public static final double POINTS_PER_CM = 0.5;
    public static final double TWO_POSE_ASPECT = 2.4;
    public static final double SINGLE_ASPECT = 1.4;
    /** Space around the content and between the two poses, in cm. */
    static final double MARGIN = 8, GAP = 46, ARROW_LENGTH = 26, BADGE_RADIUS = 11;

    public static Drawing render(FigureSpec spec, boolean mirrored) {
        return render(spec, mirrored, Palette.DEFAULT_ACCENT);
    }

    public static Drawing render(FigureSpec spec, boolean mirrored, Colour accent) {
        return render(FigureScene.compose(spec), mirrored, accent);
    }

    public static Drawing render(FigureScene scene, boolean mirrored, Colour accent) {
        if (scene.closeUp() != null) {
            return CloseUpLayout.render(scene, mirrored, accent);
        }
        Palette palette = Palette.standard(accent);
        List<List<VectorPath>> panels = new ArrayList<>();
        for (PosedFigure pose : scene.poses()) {
            panels.add(panel(scene, pose, palette, 1));
        }
        List<VectorPath> all = new ArrayList<>();
        Bounds box;
        if (scene.spec().isStartEnd()) {
            Bounds a = Bounds.of(panels.get(0));
            Bounds b0 = Bounds.of(panels.get(1));
            double shift = a.maxX() + GAP - b0.minX();
            Bounds content = a.union(b0.shifted(shift));
            double w = content.width() + 2 * MARGIN, h = content.height() + 2 * MARGIN;
            double extraGap = 0;
            if (w < TWO_POSE_ASPECT * h) {
                double extra = TWO_POSE_ASPECT * h - w;
                extraGap = extra / 2;   // half between the poses, a quarter each side
                box = new Bounds(content.minX() - MARGIN - extra / 4, content.minY() - MARGIN,
                        content.maxX() + extraGap + MARGIN + extra / 4, content.maxY() + MARGIN);
            } else {
                double pad = (w / TWO_POSE_ASPECT - h) / 2;
                box = new Bounds(content.minX() - MARGIN, content.minY() - MARGIN - pad,
                        content.maxX() + MARGIN, content.maxY() + MARGIN + pad);
            }
            double dx = shift + extraGap;
            all.addAll(panels.get(0));
            panels.get(1).forEach(p -> all.add(new VectorPath(PathMapping.map(p.ops(), (x, y) -> new PlanePoint(x + dx, y)),
                    p.fill(), p.stroke(), p.strokeWidth())));
            double arrowX = (a.maxX() + b0.minX() + dx) / 2;
            all.add(CuePainter.betweenPoses(new PlanePoint(arrowX, (content.minY() + content.maxY()) / 2), ARROW_LENGTH, accent));
        } else {
            all.addAll(panels.get(0));
            Bounds content = Bounds.of(all);
            if ("hold".equals(scene.spec().badge())) {
                PlanePoint c = new PlanePoint(content.maxX() + 4 + BADGE_RADIUS, content.maxY() - BADGE_RADIUS);
                all.addAll(CuePainter.holdBadge(c, BADGE_RADIUS, accent, palette.onAccent()));
                content = Bounds.of(all);
            }
            box = fit(content, SINGLE_ASPECT);
        }
        return toDrawing(all, box, mirrored);
    }

    /** One pose with its props and cues, in picture-plane cm; {@code lineScale} multiplies line widths. */
    static List<VectorPath> panel(FigureScene scene, PosedFigure pose, Palette palette, double lineScale) {
        Camera camera = scene.camera();
        Equipment eq = scene.equipment();
        PropPainter props = new PropPainter(eq, SceneExtent.of(scene.poses()), camera, palette, lineScale);
        BodyPropPainter bodyProps = new BodyPropPainter(eq, new PropPlacement(eq, scene.poses()), pose, camera, palette,
                lineScale);
        List<VectorPath> out = new ArrayList<>(props.background(pose));
        out.addAll(bodyProps.background());
        BodyGroup farLeg = camera.depth(pose.joint(Landmark.LEFT_HIP)) < camera.depth(pose.joint(Landmark.RIGHT_HIP))
                ? BodyGroup.LEFT_LEG : BodyGroup.RIGHT_LEG;
        out.addAll(FigurePainter.paint(pose, camera, palette, new FigurePainter.HeldItems() {
            @Override
            public List<VectorPath> before(BodyGroup group) {
                return bodyProps.before(group);
            }

            @Override
            public List<VectorPath> after(BodyGroup group) {
                List<VectorPath> held = new ArrayList<>();
                if (eq.hasDumbbells() && (group == BodyGroup.LEFT_ARM || group == BodyGroup.RIGHT_ARM)) {
                    held.addAll(props.dumbbell(pose, group == BodyGroup.LEFT_ARM ? BodySide.LEFT : BodySide.RIGHT));
                }
                if (eq.bike() != null && group == farLeg) {
                    held.addAll(props.bike(eq.bike()));
                }
                held.addAll(bodyProps.after(group));
                return held;
            }
        }, lineScale));
        if (eq.strapFoot() != null) {
            out.addAll(props.strap(pose, eq.strapFoot()));
        }
        out.addAll(new CuePainter(camera, palette, lineScale).cues(pose));
        return out;
    }

    private static Bounds fit(Bounds content, double aspect) {
        double w = content.width() + 2 * MARGIN, h = content.height() + 2 * MARGIN;
        double padX = Math.max(0, (aspect * h - w) / 2), padY = Math.max(0, (w / aspect - h) / 2);
        return new Bounds(content.minX() - MARGIN - padX, content.minY() - MARGIN - padY,
                content.maxX() + MARGIN + padX, content.maxY() + MARGIN + padY);
    }

    private static Drawing toDrawing(List<VectorPath> paths, Bounds box, boolean mirrored) {
        return toDrawing(paths, box, mirrored, POINTS_PER_CM);
    }

    /** Outline points closer than this (in points, about 0.05 mm) to a straight line are dropped. */
    static final double SIMPLIFY_TOLERANCE = 0.15;

    /** Maps picture-plane cm in {@code box} to a drawing at {@code k} points per cm, y down, mirrored if asked. */
    static Drawing toDrawing(List<VectorPath> paths, Bounds box, boolean mirrored, double k) {
        double width = box.width() * k, height = box.height() * k;
        PathMapping.PointMap map = (x, y) -> {
            double px = (x - box.minX()) * k;
            return new PlanePoint(mirrored ? width - px : px, (box.maxY() - y) * k);
        };
        List<VectorPath> out = new ArrayList<>(paths.size());
        for (VectorPath p : paths) {
            List<PathOp> ops = PathMapping.map(PathSimplifier.simplify(p.ops(), SIMPLIFY_TOLERANCE / k), map);
            out.add(new VectorPath(ops, p.fill(), p.stroke(), p.stroke() == null ? 0 : p.strokeWidth() * k));
        }
        return new Drawing(width, height, out);
    }

    private FigureRenderer() { }
}
