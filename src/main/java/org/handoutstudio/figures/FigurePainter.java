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

        /** Paths to paint just before the given group, e.g. a ball the hand closes round. */
        default List<VectorPath> before(BodyGroup group) {
            return List.of();
        }
    }

    static List<VectorPath> paint(PosedFigure figure, Camera camera, Palette palette, HeldItems held) {
        return paint(figure, camera, palette, held, 1);
    }

    /** {@code lineScale} multiplies outline widths (close-ups draw the body larger but lines only a little bolder). */
    static List<VectorPath> paint(PosedFigure figure, Camera camera, Palette palette, HeldItems held, double lineScale) {
        Map<BodyGroup, List<BodyPart>> groups = byGroup(figure);
        SkeletonState sk = figure.skeleton();
        double shoulderGap = camera.depth(sk.point(Landmark.RIGHT_SHOULDER)) - camera.depth(sk.point(Landmark.LEFT_SHOULDER));
        double hipGap = camera.depth(sk.point(Landmark.RIGHT_HIP)) - camera.depth(sk.point(Landmark.LEFT_HIP));
        List<BodyGroup> order = paintingOrder(figure, camera);

        List<VectorPath> out = new ArrayList<>();
        for (BodyGroup g : order) {
            out.addAll(held.before(g));
            boolean far = isFar(g, shoulderGap, hipGap);
            Colour fill = far ? palette.far() : palette.near();
            Colour outline = far ? palette.farOutline() : palette.nearOutline();
            List<List<PathOp>> shapes = groups.get(g).stream().map(p -> project(p.solid(), camera)).toList();
            for (List<PathOp> s : shapes) {
                out.add(new VectorPath(s, outline, outline, (2 * Palette.FIGURE_OUTLINE + SEAM_COVER / 2) * lineScale));
            }
            // A thin stroke in the fill colour hides anti-aliasing seams where pieces meet.
            for (List<PathOp> s : shapes) {
                out.add(new VectorPath(s, fill, fill, SEAM_COVER * lineScale));
            }
            out.addAll(held.after(g));
        }
        return out;
    }

    /** The groups far to near, the order they are painted in. */
    static List<BodyGroup> paintingOrder(PosedFigure figure, Camera camera) {
        Map<BodyGroup, List<BodyPart>> groups = byGroup(figure);
        Map<BodyGroup, Double> depth = new EnumMap<>(BodyGroup.class);
        groups.forEach((g, parts) -> depth.put(g, meanDepth(parts, camera)));
        List<BodyGroup> order = new ArrayList<>(groups.keySet());
        order.sort(Comparator.comparingDouble(depth::get));
        return order;
    }

    private static Map<BodyGroup, List<BodyPart>> byGroup(PosedFigure figure) {
        Map<BodyGroup, List<BodyPart>> groups = new EnumMap<>(BodyGroup.class);
        for (BodyPart part : figure.parts()) {
            groups.computeIfAbsent(part.group(), g -> new ArrayList<>()).add(part);
        }
        return groups;
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
