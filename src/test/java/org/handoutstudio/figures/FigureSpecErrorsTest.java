package org.handoutstudio.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad figure files fail with a FigureException that names the file and the field. */
class FigureSpecErrorsTest {

    private static final String GOOD_POSE = "{\"base\": \"supine-knees-bent\"}";

    private static String figure(String startPose) {
        return "{\"schemaVersion\": 1, \"id\": \"my-bridge\", \"layout\": \"start-end\", \"props\": [{\"type\": \"mat\"}],"
                + " \"start\": " + startPose + ", \"end\": " + GOOD_POSE + "}";
    }

    private static FigureException failure(String json) {
        return assertThrows(FigureException.class, () -> FigureCatalogue.parse(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "clinic/my-bridge.json"));
    }

    private static void assertNames(FigureException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should mention " + part);
        }
    }

    @Test
    void aGoodClinicianFigureParsesAndReusesABasePose() {
        FigureSpec spec = FigureCatalogue.parse(new ByteArrayInputStream(
                figure("{\"base\": \"supine-knees-bent\", \"lean\": -25}").getBytes(StandardCharsets.UTF_8)), "clinic/my-bridge.json");
        FigureScene scene = FigureScene.compose(spec);
        double startHip = scene.poses().get(0).joint(Landmark.PELVIS).y();
        double endHip = scene.poses().get(1).joint(Landmark.PELVIS).y();
        assertTrue(startHip > endHip + 15, "the start pose lifts the hips: " + startHip + " vs " + endHip);
    }

    @Test
    void unknownFieldIsNamed() {
        assertNames(failure(figure("{\"base\": \"supine-knees-bent\", \"leen\": 4}")), "clinic/my-bridge.json", "start.leen", "unknown field");
    }

    @Test
    void unknownJointIsNamed() {
        assertNames(failure(figure("{\"base\": \"supine\", \"both\": {\"kneee\": 90}}")), "clinic/my-bridge.json",
                "start.both.kneee", "unknown limb joint");
    }

    @Test
    void angleOutOfRangeIsNamed() {
        assertNames(failure(figure("{\"base\": \"supine\", \"right\": {\"hip\": 900}}")), "clinic/my-bridge.json",
                "start.right.hip", "out of range");
    }

    @Test
    void textWhereANumberBelongsIsNamed() {
        assertNames(failure(figure("{\"base\": \"supine\", \"spine\": {\"lumbar\": \"ten\"}}")), "clinic/my-bridge.json",
                "start.spine.lumbar");
    }

    @Test
    void unknownBasePoseListsTheKnownOnes() {
        assertNames(failure(figure("{\"base\": \"upside-down\"}")), "clinic/my-bridge.json", "start.base", "upside-down",
                "all-fours");
    }

    @Test
    void unknownPropIsNamed() {
        String json = figure(GOOD_POSE).replace("\"mat\"", "\"trampoline\"");
        assertNames(failure(json), "clinic/my-bridge.json", "props[0].type", "trampoline");
    }

    @Test
    void sittingWithoutAChairIsNamed() {
        assertNames(failure(figure("{\"base\": \"sitting\"}")), "clinic/my-bridge.json", "start.support", "chair");
    }

    @Test
    void missingEndPoseIsNamed() {
        String json = "{\"schemaVersion\": 1, \"id\": \"x\", \"layout\": \"start-end\", \"start\": " + GOOD_POSE + "}";
        assertNames(failure(json), "clinic/my-bridge.json", "end: ", "required");
    }

    @Test
    void unsupportedSchemaVersionIsNamed() {
        assertNames(failure(figure(GOOD_POSE).replace("\"schemaVersion\": 1", "\"schemaVersion\": 7")),
                "clinic/my-bridge.json", "schemaVersion");
    }

    @Test
    void brokenJsonGivesTheLine() {
        assertNames(failure("{\"schemaVersion\": 1,\n \"id\": \"x\",,}"), "clinic/my-bridge.json:2:", "not valid JSON");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertNames(failure(figure("{\"base\": \"supine\", \"lean\": 1, \"lean\": 2}")), "clinic/my-bridge.json", "lean");
    }

    @Test
    void missingBundledFigureNamesTheFile() {
        FigureException e = assertThrows(FigureException.class, () -> FigureCatalogue.load("no-such-exercise"));
        assertNames(e, "assets/library/figures/no-such-exercise.json");
    }

    @Test
    void idMustMatchItsFileName() {
        assertEquals("bridge", FigureCatalogue.load("bridge").id());
        assertThrows(FigureException.class, () -> FigureCatalogue.load("../bridge"));
    }
}
