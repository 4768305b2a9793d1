package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.List;

import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.graphics.VectorPath;

/**
 * Lays out a close-up: each pose is cropped to the same framed window round the focus, so a
 * hand or foot that moves is seen moving against the same background. The drawing keeps the
 * agreed aspects (2.4 : 1 for start and end, 1.4 : 1 for one pose) and the natural height of a
 * whole figure's drawing; the arrow, badge and frame keep their printed size, and outlines grow
 * only with the square root of the zoom.
 */
final class CloseUpLayout {

    /** Width of the frame line round each close-up, in points. */
    private static final double FRAME_POINTS = 0.6;

    static Drawing render(FigureScene scene, boolean mirrored, Colour accent) {
        CloseUp closeUp = scene.closeUp();
        Palette palette = Palette.standard(accent);
        double zoom = closeUp.zoom();
        double unit = 1 / zoom;                 // whole-figure cm to window cm, for things of fixed printed size
        double height = closeUp.windowHeight();
        int count = scene.poses().size();
        double gap = FigureRenderer.GAP * unit;
        double width = count == 2 ? (FigureRenderer.TWO_POSE_ASPECT * height - gap) / 2 : FigureRenderer.SINGLE_ASPECT * height;

        PlanePoint centre = new PlanePoint(0, 0);
        for (PosedFigure pose : scene.poses()) {
            centre = centre.plus(scene.camera().project(pose.joint(closeUp.focus())).times(1.0 / count));
        }
        centre = centre.plus(new PlanePoint(closeUp.dx(), closeUp.dy()));
        Bounds window = new Bounds(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2);
        double k = FigureRenderer.POINTS_PER_CM * zoom;
        double frame = FRAME_POINTS / k;
        Bounds inside = inset(window, frame);

        List<VectorPath> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<VectorPath> panel = new ArrayList<>(PathClipper.clip(
                    FigureRenderer.panel(scene, scene.poses().get(i), palette, closeUp.lineScale()), inside));
            Bounds edge = inset(window, frame / 2);
            panel.add(new VectorPath(PlaneShapes.polygon(List.of(new PlanePoint(edge.minX(), edge.minY()),
                    new PlanePoint(edge.maxX(), edge.minY()), new PlanePoint(edge.maxX(), edge.maxY()),
                    new PlanePoint(edge.minX(), edge.maxY()))), null, palette.propOutline(), frame));
            double shift = i * (width + gap);
            for (VectorPath p : panel) {
                all.add(shift == 0 ? p : new VectorPath(PathMapping.map(p.ops(), (x, y) -> new PlanePoint(x + shift, y)),
                        p.fill(), p.stroke(), p.strokeWidth()));
            }
        }
        if (count == 2) {
            PlanePoint arrow = new PlanePoint(window.maxX() + gap / 2, centre.y());
            all.add(CuePainter.betweenPoses(arrow, FigureRenderer.ARROW_LENGTH * unit, unit, accent));
        } else if ("hold".equals(scene.spec().badge())) {
            double r = FigureRenderer.BADGE_RADIUS * unit;
            PlanePoint c = new PlanePoint(window.maxX() - r - 5 * unit, window.maxY() - r - 5 * unit);
            all.addAll(CuePainter.holdBadge(c, r, accent, palette.onAccent()));
        }
        Bounds box = new Bounds(window.minX(), window.minY(), window.maxX() + (count - 1) * (width + gap), window.maxY());
        return FigureRenderer.toDrawing(all, box, mirrored, k);
    }

    private static Bounds inset(Bounds b, double by) {
        return new Bounds(b.minX() + by, b.minY() + by, b.maxX() - by, b.maxY() - by);
    }

    private CloseUpLayout() { }
}
