package org.handoutstudio.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The solved poses of every bundled figure are anatomically consistent and rest on what they should. */
class PoseGeometryTest {

    /** How far (cm) a body part may sink into the floor or furniture: soft tissue, drawing tolerance. */
    static final double CONTACT_TOLERANCE = 1.0;

    static Stream<String> ids() {
        return BundledFiguresTest.ids();
    }

    @ParameterizedTest
    @MethodSource("ids")
    void limbLengthsNeverChange(String id) {
        FigureScene scene = FigureScene.compose(FigureCatalogue.load(id));
        for (PosedFigure pose : scene.poses()) {
            for (BodyProportions.RigidSegment seg : BodyProportions.rigidSegments()) {
                double length = pose.joint(seg.from()).distanceTo(pose.joint(seg.to()));
                assertEquals(seg.length(), length, 1e-6, id + ": " + seg.from() + "-" + seg.to());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void startAndEndReallyDiffer(String id) {
        FigureScene scene = FigureScene.compose(FigureCatalogue.load(id));
        if (scene.poses().size() < 2) {
            return;
        }
        Map<Landmark, Vec3> start = scene.poses().get(0).joints(), end = scene.poses().get(1).joints();
        double largest = start.keySet().stream().mapToDouble(l -> start.get(l).distanceTo(end.get(l))).max().orElse(0);
        assertTrue(largest > 3, id + ": start and end poses look the same (largest move " + largest + " cm)");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void nothingGoesBelowTheFloor(String id) {
        for (PosedFigure pose : FigureScene.compose(FigureCatalogue.load(id)).poses()) {
            assertTrue(pose.lowestY() >= -CONTACT_TOLERANCE, id + ": body reaches " + pose.lowestY() + " cm below the floor");
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void theBodyRestsOnItsSupportRatherThanFloating(String id) {
        FigureScene scene = FigureScene.compose(FigureCatalogue.load(id));
        for (PosedFigure pose : scene.poses()) {
            // Something touches the floor: feet, knees, back or the support's own legs when raised.
            double support = pose.supportHeight();
            double lowestOnSupport = pose.parts().stream().flatMap(p -> p.solid().probeSpheres().stream())
                    .mapToDouble(s -> s.centre().y() - s.radius())
                    .filter(y -> y >= support - CONTACT_TOLERANCE).min().orElseThrow();
            assertEquals(support, lowestOnSupport, CONTACT_TOLERANCE, id + ": nothing rests on the support");
            if (support == 0) {
                assertEquals(0, pose.lowestY(), CONTACT_TOLERANCE, id + ": floating above the floor");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void nothingPassesThroughFurniture(String id) {
        FigureScene scene = FigureScene.compose(FigureCatalogue.load(id));
        List<PropGeometry.Block> blocks = PropGeometry.furniture(scene.equipment(), 250);
        for (PosedFigure pose : scene.poses()) {
            for (BodyPart part : pose.parts()) {
                for (Solid.Sphere s : part.solid().probeSpheres()) {
                    for (PropGeometry.Block b : blocks) {
                        double sink = b.penetration(s.centre(), s.radius());
                        assertTrue(sink <= CONTACT_TOLERANCE, id + ": " + part.group() + " " + part.anatomy()
                                + " sinks " + String.format("%.1f", sink) + " cm into the " + b.prop());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void handsAndFeetReachWhatTheyHoldOrStandOn(String id) {
        for (PosedFigure pose : FigureScene.compose(FigureCatalogue.load(id)).poses()) {
            pose.reachErrors().forEach((limb, error) ->
                    assertTrue(error <= 1.0, id + ": " + limb.jsonName + " misses its target by " + error + " cm"));
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void jointsBendTheAnatomicalWay(String id) {
        FigureScene scene = FigureScene.compose(FigureCatalogue.load(id));
        for (PosedFigure pose : scene.poses()) {
            for (BodySide side : BodySide.values()) {
                // Knees fold backward and elbows forward, never the other way (hyperextension).
                SkeletonState s = pose.skeleton();
                Vec3 shin = pose.joint(Landmark.ankle(side)).minus(pose.joint(Landmark.knee(side)));
                assertTrue(s.limb(side).thigh().applyInverse(shin).x() <= 1e-6 + 0.02 * shin.length(),
                        id + ": " + side + " knee bends forward");
                Vec3 forearm = pose.joint(Landmark.wrist(side)).minus(pose.joint(Landmark.elbow(side)));
                assertTrue(s.limb(side).upperArm().applyInverse(forearm).x() >= -0.02 * forearm.length(),
                        id + ": " + side + " elbow bends backward");
            }
        }
    }
}
