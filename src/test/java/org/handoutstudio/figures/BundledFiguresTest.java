package org.handoutstudio.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.VectorPath;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled figure loads, renders inside its box and mirrors exactly. */
class BundledFiguresTest {

    /** Every figure a bundled exercise names, in library order. */
    static final List<String> EXERCISES = LibraryLoader.bundled().items().stream()
            .filter(Exercise.class::isInstance).map(item -> ((Exercise) item).figure())
            .filter(figure -> figure != null).distinct().toList();

    static Stream<String> ids() {
        return EXERCISES.stream();
    }

    @Test
    void everyBundledExerciseHasAFigureAndTheIndexListsExactlyThem() {
        List<String> missing = LibraryLoader.bundled().items().stream().filter(Exercise.class::isInstance)
                .map(Exercise.class::cast).filter(exercise -> exercise.figure() == null).map(Exercise::id).toList();
        assertEquals(List.of(), missing, "bundled exercises without a figure");
        assertEquals(new java.util.TreeSet<>(EXERCISES), new java.util.TreeSet<>(FigureCatalogue.bundledIds()));
        assertEquals(FigureCatalogue.bundledIds().size(), new java.util.HashSet<>(FigureCatalogue.bundledIds()).size(),
                "a figure listed twice");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void loadsWithItsOwnId(String id) {
        FigureSpec spec = FigureCatalogue.load(id);
        assertEquals(id, spec.id());
        assertEquals(FigureSpec.SCHEMA_VERSION, spec.schemaVersion());
    }

    @ParameterizedTest
    @MethodSource("ids")
    void rendersInsideItsBoxAtTheAgreedAspect(String id) {
        FigureSpec spec = FigureCatalogue.load(id);
        Drawing d = FigureRenderer.render(spec, false);
        assertFalse(d.paths().isEmpty(), "nothing painted");
        double aspect = spec.isStartEnd() ? FigureRenderer.TWO_POSE_ASPECT : FigureRenderer.SINGLE_ASPECT;
        assertEquals(aspect, d.width() / d.height(), 0.01, "aspect of " + id);
        for (VectorPath p : d.paths()) {
            double pad = p.stroke() == null ? 0 : p.strokeWidth() / 2;
            for (double[] pt : points(p)) {
                assertTrue(pt[0] - pad >= -1e-6 && pt[0] + pad <= d.width() + 1e-6, id + ": x " + pt[0] + " outside 0.." + d.width());
                assertTrue(pt[1] - pad >= -1e-6 && pt[1] + pad <= d.height() + 1e-6, id + ": y " + pt[1] + " outside 0.." + d.height());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void mirroringFlipsLeftAndRight(String id) {
        FigureSpec spec = FigureCatalogue.load(id);
        Drawing plain = FigureRenderer.render(spec, false);
        Drawing mirrored = FigureRenderer.render(spec, true);
        assertEquals(plain.width(), mirrored.width(), 1e-9);
        assertEquals(plain.height(), mirrored.height(), 1e-9);
        assertEquals(plain.paths().size(), mirrored.paths().size());
        boolean asymmetric = false;
        for (int i = 0; i < plain.paths().size(); i++) {
            VectorPath a = plain.paths().get(i), b = mirrored.paths().get(i);
            assertEquals(a.fill(), b.fill());
            assertEquals(a.stroke(), b.stroke());
            assertEquals(a.strokeWidth(), b.strokeWidth(), 1e-9);
            List<double[]> pa = points(a), pb = points(b);
            assertEquals(pa.size(), pb.size());
            for (int k = 0; k < pa.size(); k++) {
                assertEquals(plain.width() - pa.get(k)[0], pb.get(k)[0], 1e-6, id + ": mirrored x");
                assertEquals(pa.get(k)[1], pb.get(k)[1], 1e-6, id + ": mirrored y");
                asymmetric |= Math.abs(pa.get(k)[0] - pb.get(k)[0]) > 1;
            }
        }
        assertTrue(asymmetric, id + ": the mirrored drawing should differ from the original");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void usesTheFigurePaletteWithDistinctNearAndFarSides(String id) {
        Palette palette = Palette.standard(Palette.DEFAULT_ACCENT);
        Drawing d = FigureRenderer.render(FigureCatalogue.load(id), false);
        assertTrue(d.paths().stream().anyMatch(p -> palette.near().equals(p.fill())), id + ": no near-side body colour");
        assertTrue(palette.near().contrastRatio(palette.far()) > 2, "near and far tints must be told apart");
        assertTrue(d.paths().stream().anyMatch(p -> palette.accent().equals(p.fill()) || palette.accent().equals(p.stroke())),
                id + ": no arrow, cue or badge in the accent colour");
    }

    /** End points and control points of every operation, in drawing coordinates. */
    static List<double[]> points(VectorPath p) {
        return p.ops().stream().flatMap(op -> {
            if (op instanceof PathOp.MoveTo m) return Stream.of(new double[] {m.x(), m.y()});
            if (op instanceof PathOp.LineTo l) return Stream.of(new double[] {l.x(), l.y()});
            if (op instanceof PathOp.CurveTo c) {
                return Stream.of(new double[] {c.c1x(), c.c1y()}, new double[] {c.c2x(), c.c2y()}, new double[] {c.x(), c.y()});
            }
            return Stream.empty();
        }).toList();
    }
}
