package org.handoutstudio.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.graphics.VectorPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixture figures (every new prop, the close-up view and the hand shapes) pass the checks
 * the bundled figures pass: they load, draw inside their box at the agreed aspect, mirror
 * exactly, keep limb lengths, stay above the floor and out of furniture, balls and towels, and
 * reach their targets.
 */
class FixtureFiguresTest {

    /** How far (cm) the body may press into a soft ball or towel. */
    static final double SOFT_TOLERANCE = 2.0;

    static Stream<String> ids() {
        return FixtureFigures.ids().stream();
    }

    @Test
    void thereIsAFixtureForEveryNewPropAndView() {
        List<String> ids = FixtureFigures.ids();
        for (String prefix : List.of("band-", "towel-", "gym-ball-", "small-ball-", "table-", "doorway-", "hand-", "forearm-")) {
            assertTrue(ids.stream().anyMatch(id -> id.startsWith(prefix)), "no fixture starting " + prefix);
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void loadsWithItsOwnId(String id) {
        assertEquals(id, FixtureFigures.load(id).id());
    }

    @ParameterizedTest
    @MethodSource("ids")
    void rendersInsideItsBoxAtTheAgreedAspect(String id) {
        FigureSpec spec = FixtureFigures.load(id);
        Drawing d = FigureRenderer.render(spec, false);
        assertFalse(d.paths().isEmpty(), "nothing painted");
        double aspect = spec.isStartEnd() ? FigureRenderer.TWO_POSE_ASPECT : FigureRenderer.SINGLE_ASPECT;
        assertEquals(aspect, d.width() / d.height(), 0.01, "aspect of " + id);
        for (VectorPath p : d.paths()) {
            double pad = p.stroke() == null ? 0 : p.strokeWidth() / 2;
            for (double[] pt : BundledFiguresTest.points(p)) {
                assertTrue(pt[0] - pad >= -1e-6 && pt[0] + pad <= d.width() + 1e-6, id + ": x " + pt[0] + " outside 0.." + d.width());
                assertTrue(pt[1] - pad >= -1e-6 && pt[1] + pad <= d.height() + 1e-6, id + ": y " + pt[1] + " outside 0.." + d.height());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void mirroringMapsXToWidthMinusX(String id) {
        FigureSpec spec = FixtureFigures.load(id);
        Drawing plain = FigureRenderer.render(spec, false), mirrored = FigureRenderer.render(spec, true);
        assertEquals(plain.width(), mirrored.width(), 1e-9);
        assertEquals(plain.paths().size(), mirrored.paths().size());
        for (int i = 0; i < plain.paths().size(); i++) {
            List<double[]> a = BundledFiguresTest.points(plain.paths().get(i)), b = BundledFiguresTest.points(mirrored.paths().get(i));
            assertEquals(a.size(), b.size());
            for (int k = 0; k < a.size(); k++) {
                assertEquals(plain.width() - a.get(k)[0], b.get(k)[0], 1e-6, id + ": mirrored x");
                assertEquals(a.get(k)[1], b.get(k)[1], 1e-6, id + ": mirrored y");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void limbsKeepTheirLengthAndReachTheirTargets(String id) {
        for (PosedFigure pose : FigureScene.compose(FixtureFigures.load(id)).poses()) {
            for (BodyProportions.RigidSegment seg : BodyProportions.rigidSegments()) {
                assertEquals(seg.length(), pose.joint(seg.from()).distanceTo(pose.joint(seg.to())), 1e-6,
                        id + ": " + seg.from() + "-" + seg.to());
            }
            pose.reachErrors().forEach((limb, error) ->
                    assertTrue(error <= 1.0, id + ": " + limb.jsonName + " misses its target by " + error + " cm"));
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void nothingGoesBelowTheFloorOrIntoFurnitureBallsOrTowels(String id) {
        FigureScene scene = FigureScene.compose(FixtureFigures.load(id));
        List<PropGeometry.Block> blocks = PropGeometry.furniture(scene.equipment(), 250);
        PropPlacement placement = new PropPlacement(scene.equipment(), scene.poses());
        for (PosedFigure pose : scene.poses()) {
            assertTrue(pose.lowestY() >= -PoseGeometryTest.CONTACT_TOLERANCE, id + ": below the floor by " + -pose.lowestY());
            List<Solid.Sphere> soft = new ArrayList<>();
            placement.ball(pose).ifPresent(soft::add);
            placement.towel(pose).ifPresent(r -> new Solid.Capsule(new Solid.Sphere(r.a(), r.radius()),
                    new Solid.Sphere(r.b(), r.radius())).probeSpheres().forEach(soft::add));
            boolean held = scene.equipment().towel() != null && (scene.equipment().towel().at() == PropPlace.HAND
                    || scene.equipment().towel().at() == PropPlace.BETWEEN_KNEES)
                    || scene.equipment().ball() != null && !scene.equipment().ball().gym()
                    && scene.equipment().ball().at() != PropPlace.UNDER_FOOT;
            for (BodyPart part : pose.parts()) {
                for (Solid.Sphere s : part.solid().probeSpheres()) {
                    for (PropGeometry.Block b : blocks) {
                        double sink = b.penetration(s.centre(), s.radius());
                        assertTrue(sink <= PoseGeometryTest.CONTACT_TOLERANCE, id + ": " + part.group() + " " + part.anatomy()
                                + " sinks " + String.format("%.1f", sink) + " cm into the " + b.prop());
                    }
                    if (held) {
                        continue;   // a hand closes round what it holds and knees squeeze what is between them
                    }
                    for (Solid.Sphere t : soft) {
                        double sink = s.radius() + t.radius() - s.centre().distanceTo(t.centre());
                        assertTrue(sink <= SOFT_TOLERANCE, id + ": " + part.anatomy() + " sinks "
                                + String.format("%.1f", sink) + " cm into the ball or towel");
                    }
                }
            }
        }
    }
}
