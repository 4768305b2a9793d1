package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.VectorPath;

/**
 * Paints a posed figure as pictogram silhouettes. Each group (trunk with head, each arm, each
 * leg) is painted far to near; a group is first painted fattened in its outline colour and
 * then filled, so its parts merge into one silhouette with a single clean outline, while
 * overlapping groups stay separated by their outlines.
 */
final class FigurePainter {

    /** How much further (cm) one side's shoulder or hip must be for its limb to count as far and be tinted. */
    private static final double FAR_SIDE_DEPTH = 5;
    private static final double SEAM_COVER = 0.5;

    interface HeldItems {
        /** Paths to paint just after the given group, e.g. a dumbbell in that hand. */
        List<VectorPath> after(BodyGroup group);
    }

    static List<VectorPath> paint(PosedFigure figure, Camera camera, Palette palette, HeldItems held) {
        Map<BodyGroup, List<BodyPart>> groups = new EnumMap<>(BodyGroup.class);
        for (BodyPart part : figure.parts()) {
            groups.computeIfAbsent(part.group(), g -> new ArrayList<>()).add(part);
        }
        Map<BodyGroup, Double> depth = new EnumMap<>(BodyGroup.class);
        groups.forEach((g, parts) -> depth.put(g, meanDepth(parts, camera)));
        SkeletonState sk = figure.skeleton();
        double shoulderGap = camera.depth(sk.point(Landmark.RIGHT_SHOULDER)) - camera.depth(sk.point(Landmark.LEFT_SHOULDER));
        double hipGap = camera.depth(sk.point(Landmark.RIGHT_HIP)) - camera.depth(sk.point(Landmark.LEFT_HIP));
        List<BodyGroup> order = new ArrayList<>(groups.keySet());
        order.sort(Comparator.comparingDouble(depth::get));

        List<VectorPath> out = new ArrayList<>();
        for (BodyGroup g : order) {
            boolean far = isFar(g, shoulderGap, hipGap);
            Colour fill = far ? palette.far() : palette.near();
            Colour outline = far ? palette.farOutline() : palette.nearOutline();
            List<List<PathOp>> shapes = groups.get(g).stream().map(p -> project(p.solid(), camera)).toList();
            for (List<PathOp> s : shapes) {
                out.add(new VectorPath(s, outline, outline, 2 * Palette.FIGURE_OUTLINE + SEAM_COVER / 2));
            }
            // A thin stroke in the fill colour hides anti-aliasing seams where pieces meet.
            for (List<PathOp> s : shapes) {
                out.add(new VectorPath(s, fill, fill, SEAM_COVER));
            }
            out.addAll(held.after(g));
        }
        return out;
    }

    /**
     * A limb is on the far side when its root joint (shoulder or hip) is clearly further from
     * the camera than the other side's; seen from the front neither side is far.
     */
    private static boolean isFar(BodyGroup g, double shoulderGap, double hipGap) {
        return switch (g) {
            case LEFT_ARM -> shoulderGap > FAR_SIDE_DEPTH;
            case RIGHT_ARM -> shoulderGap < -FAR_SIDE_DEPTH;
            case LEFT_LEG -> hipGap > FAR_SIDE_DEPTH;
            case RIGHT_LEG -> hipGap < -FAR_SIDE_DEPTH;
            case TRUNK -> false;
        };
    }

    private static double meanDepth(List<BodyPart> parts, Camera camera) {
        return parts.stream().flatMap(p -> p.solid().probeSpheres().stream())
                .mapToDouble(s -> camera.depth(s.centre())).average().orElse(0);
    }

    static List<PathOp> project(Solid solid, Camera camera) {
        if (solid instanceof Solid.Capsule c) {
            return PlaneShapes.capsule(camera.project(c.a().centre()), c.a().radius(),
                    camera.project(c.b().centre()), c.b().radius());
        }
        if (solid instanceof Solid.Ball b) {
            return PlaneShapes.circle(camera.project(b.sphere().centre()), b.sphere().radius());
        }
        List<PlanePoint> pts = new ArrayList<>();
        if (solid instanceof Solid.Blob b) {
            b.spheres().forEach(s -> pts.addAll(PlaneShapes.circlePoints(camera.project(s.centre()), s.radius(), 32)));
        } else if (solid instanceof Solid.RingPair r) {
            r.a().samplePoints().forEach(p -> pts.add(camera.project(p)));
            r.b().samplePoints().forEach(p -> pts.add(camera.project(p)));
        }
        return PlaneShapes.polygon(PlaneShapes.hull(pts));
    }

    private FigurePainter() { }
}
