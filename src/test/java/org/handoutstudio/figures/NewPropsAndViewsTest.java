package org.handoutstudio.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.graphics.VectorPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The band, towel, ball, table and doorway props, the close-up view and hand shapes: behaviour and bad values. */
class NewPropsAndViewsTest {

    private static final String SRC = "clinic/my-figure.json";

    private static FigureSpec parse(String json) {
        return FigureCatalogue.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), SRC);
    }

    private static String single(String props, String view, String pose) {
        return "{\"schemaVersion\": 1, \"id\": \"my-figure\", \"layout\": \"single\", \"props\": [" + props + "]"
                + (view == null ? "" : ", \"view\": " + view) + ", \"pose\": " + pose + "}";
    }

    private static void fails(String json, String... parts) {
        FigureException e = assertThrows(FigureException.class, () -> parse(json));
        assertTrue(e.getMessage().startsWith(SRC), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should mention " + part);
        }
    }

    @Test
    void sittingOnAGymBallRestsOnItsTop() {
        PosedFigure pose = FigureScene.compose(parse(single("{\"type\": \"floor\"}, {\"type\": \"ball\", \"x\": 0}", null,
                "{\"base\": \"sitting\", \"support\": \"ball\", \"anchor\": {\"point\": \"pelvis\", \"x\": 0}}"))).poses().get(0);
        assertEquals(ExerciseBall.GYM_DIAMETER, pose.supportHeight(), 1e-9);
        double seat = pose.parts().stream().filter(p -> p.group() == BodyGroup.TRUNK).mapToDouble(p -> p.solid().lowestY()).min().orElseThrow();
        assertEquals(ExerciseBall.GYM_DIAMETER, seat, 1.0, "the buttocks rest on the top of the ball");
    }

    @Test
    void aForearmOnTheTableLiesAlongItsTop() {
        PosedFigure pose = FigureScene.compose(parse(single("{\"type\": \"chair\"}, {\"type\": \"table\", \"height\": 74, \"side\": \"right\"}",
                null, "{\"base\": \"sitting\", \"reach\": {\"rightHand\": {\"to\": \"table\", \"forearm\": true}}}"))).poses().get(0);
        assertEquals(74 + BodyProportions.ELBOW_RADIUS, pose.joint(Landmark.RIGHT_ELBOW).y(), 1.0);
        assertEquals(74 + BodyProportions.WRIST_RADIUS, pose.joint(Landmark.RIGHT_WRIST).y(), 1.0);
    }

    @Test
    void pronationTurnsThePalmFromUpToDown() {
        for (double[] c : new double[][] {{0, 1}, {90, 0}, {180, -1}}) {
            SkeletonState s = Skeleton.compute(Vec3.ZERO, Rotation.IDENTITY, new JointAngles()
                    .set(BodySide.RIGHT, LimbJoint.ELBOW, 90).set(BodySide.RIGHT, LimbJoint.PRONATION, c[0]));
            assertEquals(c[1], s.limb(BodySide.RIGHT).hand().forward().y(), 1e-9, "palm up-ness at pronation " + c[0]);
        }
    }

    @Test
    void everyHandShapeDrawsFingersAndAThumbAndKeepsTheHandLandmarks() {
        for (HandShape shape : HandShape.values()) {
            if (shape == HandShape.RELAXED) continue;
            SkeletonState s = Skeleton.compute(Vec3.ZERO, Rotation.IDENTITY, new JointAngles());
            long handParts = BodyShapes.build(s, false, java.util.Map.of(BodySide.RIGHT, shape)).stream()
                    .filter(p -> p.anatomy() == BodyPart.Anatomy.HAND && p.group() == BodyGroup.RIGHT_ARM).count();
            assertEquals(1 + 4 * 3 + 2, handParts, shape + ": palm, three bones a finger and a two-bone thumb");
        }
    }

    @Test
    void aCloseUpKeepsTheAspectAndItsLinesAreBolderButNotZoomTimesBolder() {
        String pose = "{\"base\": \"sitting\", \"right\": {\"wrist\": 40}, \"reach\": {\"rightHand\": {\"to\": \"table\", \"forearm\": true}}}";
        String props = "{\"type\": \"chair\"}, {\"type\": \"table\", \"x\": -6.5, \"length\": 60, \"side\": \"right\"}";
        Drawing whole = FigureRenderer.render(parse(single(props, null, pose)), false);
        Drawing close = FigureRenderer.render(parse(single(props, "{\"focus\": \"rightWrist\", \"zoom\": 4}", pose)), false);
        assertEquals(FigureRenderer.SINGLE_ASPECT, close.width() / close.height(), 1e-9);
        assertEquals(CloseUp.REFERENCE_HEIGHT * FigureRenderer.POINTS_PER_CM, close.height(), 1e-9, "a close-up's natural height");
        org.handoutstudio.graphics.Colour outline = Palette.standard(Palette.DEFAULT_ACCENT).nearOutline();
        double wholeOutline = whole.paths().stream().filter(p -> outline.equals(p.stroke()) && outline.equals(p.fill()))
                .mapToDouble(VectorPath::strokeWidth).max().orElseThrow();
        double closeOutline = close.paths().stream().filter(p -> outline.equals(p.stroke()) && outline.equals(p.fill()))
                .mapToDouble(VectorPath::strokeWidth).max().orElseThrow();
        assertTrue(closeOutline > wholeOutline * 1.5 && closeOutline < wholeOutline * 2.5,
                "outline " + closeOutline + " pt against " + wholeOutline + " pt at zoom 4: about twice, not four times");
    }

    @Test
    void theSizeOfACloseUpIsAnotherWayToGiveItsZoom() {
        FigureScene scene = FigureScene.compose(parse(single("{\"type\": \"floor\"}", "{\"focus\": \"rightAnkle\", \"size\": 45}",
                "{\"base\": \"standing\"}")));
        assertEquals(4, scene.closeUp().zoom(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\": \"band\", \"from\": \"rightHand\"}|{\"base\": \"standing\"}|props[0].to|is required",
            "{\"type\": \"band\", \"from\": \"nose\", \"to\": \"leftHand\"}|{\"base\": \"standing\"}|props[0].from|unknown band end",
            "{\"type\": \"band\", \"from\": \"hands\", \"to\": \"doorway\", \"height\": 100}|{\"base\": \"standing\"}|props[0].to|needs a doorway",
            "{\"type\": \"wall\", \"x\": 60}, {\"type\": \"band\", \"from\": \"hands\", \"to\": \"wall\"}|{\"base\": \"standing\"}|props[1].height|is required",
            "{\"type\": \"band\", \"around\": \"waist\"}|{\"base\": \"standing\"}|props[0].around|knees or ankles",
            "{\"type\": \"band\", \"around\": \"knees\", \"from\": \"hands\"}|{\"base\": \"standing\"}|props[0].from|no ends",
            "{\"type\": \"towel\", \"at\": \"underFoot\"}|{\"base\": \"standing\"}|props[0].at|underKnee",
            "{\"type\": \"towel\", \"side\": \"middle\"}|{\"base\": \"standing\"}|props[0].side|right or left",
            "{\"type\": \"ball\", \"size\": \"huge\"}|{\"base\": \"standing\"}|props[0].size|gym or small",
            "{\"type\": \"ball\", \"size\": \"small\", \"diameter\": 90}|{\"base\": \"standing\"}|props[0].diameter|out of range",
            "{\"type\": \"ball\", \"at\": \"wall\"}|{\"base\": \"standing\"}|props[0].at|needs a wall",
            "{\"type\": \"ball\", \"size\": \"small\", \"x\": 4}|{\"base\": \"standing\"}|props[0].x|small ball",
            "{\"type\": \"table\", \"height\": 300}|{\"base\": \"standing\"}|props[0].height|out of range",
            "{\"type\": \"doorway\", \"size\": \"gym\"}|{\"base\": \"standing\"}|props[0].size|not used by a doorway",
            "{\"type\": \"floor\"}|{\"base\": \"sitting\", \"support\": \"ball\"}|pose.support|needs a ball",
            "{\"type\": \"ball\", \"size\": \"small\"}|{\"base\": \"sitting\", \"support\": \"ball\"}|pose.support|gym ball",
            "{\"type\": \"floor\"}|{\"base\": \"standing\", \"reach\": {\"hands\": {\"to\": \"table\"}}}|pose.reach.leftHand|needs a table",
            "{\"type\": \"doorway\"}|{\"base\": \"standing\", \"reach\": {\"hands\": {\"to\": \"doorway\"}}}|pose.reach.hands.y|wrist height",
            "{\"type\": \"table\"}|{\"base\": \"standing\", \"reach\": {\"hands\": {\"to\": \"floor\", \"forearm\": true}}}|pose.reach.hands.forearm|table",
            "{\"type\": \"floor\"}|{\"base\": \"standing\", \"hands\": {\"right\": \"claw\"}}|pose.hands.right|unknown hand shape",
            "{\"type\": \"floor\"}|{\"base\": \"standing\", \"hands\": {\"middle\": \"fist\"}}|pose.hands.middle|both, left or right",
    })
    void badPropsAndHandsNameTheFileAndField(String props, String pose, String field, String problem) {
        fails(single(props, null, pose), field, problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"zoom\": 3}|view.zoom|needs a focus",
            "{\"focus\": \"elbowPit\", \"zoom\": 3}|view.focus|unknown landmark",
            "{\"focus\": \"rightHand\"}|view.zoom|zoom (1 to 8) or size",
            "{\"focus\": \"rightHand\", \"zoom\": 3, \"size\": 40}|view.size|not both",
            "{\"focus\": \"rightHand\", \"zoom\": 30}|view.zoom|out of range",
            "{\"focus\": \"rightHand\", \"size\": 5}|view.size|out of range",
    })
    void badCloseUpsNameTheFileAndField(String view, String field, String problem) {
        fails(single("{\"type\": \"floor\"}", view, "{\"base\": \"standing\"}"), field, problem);
    }
}
