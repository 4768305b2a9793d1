package org.handoutstudio.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.handoutstudio.graphics.Drawing;
import org.junit.jupiter.api.Test;

/** Props the bundled figures do not use still work: a bed with a pillow, a step, water. */
class PropsTest {

    private static FigureSpec parse(String json) {
        return FigureCatalogue.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "props-test.json");
    }

    @Test
    void lyingOnABedRestsOnTheMattress() {
        FigureSpec spec = parse("{\"schemaVersion\": 1, \"id\": \"bed-rest\", \"layout\": \"single\","
                + " \"props\": [{\"type\": \"floor\"}, {\"type\": \"bed\", \"x\": 40}, {\"type\": \"pillow\"}],"
                + " \"pose\": {\"base\": \"supine\", \"support\": \"bed\"}}");
        PosedFigure pose = FigureScene.compose(spec).poses().get(0);
        assertEquals(52, pose.supportHeight(), 1e-9);
        assertEquals(52, pose.lowestY(), 1.0, "the body lies on the mattress, not in it or above it");
        Drawing d = FigureRenderer.render(spec, false);
        assertEquals(FigureRenderer.SINGLE_ASPECT, d.width() / d.height(), 0.01);
    }

    @Test
    void standingOnAStepStandsOnItsTop() {
        FigureSpec spec = parse("{\"schemaVersion\": 1, \"id\": \"step-up\", \"layout\": \"single\","
                + " \"props\": [{\"type\": \"floor\"}, {\"type\": \"step\", \"x\": 0, \"height\": 20}, {\"type\": \"water\", \"height\": 40}],"
                + " \"pose\": {\"base\": \"standing\", \"support\": \"step\"}}");
        PosedFigure pose = FigureScene.compose(spec).poses().get(0);
        assertEquals(20, pose.joint(Landmark.RIGHT_ANKLE).y() - BodyProportions.ANKLE_HEIGHT, 0.5);
        assertTrue(FigureRenderer.render(spec, true).paths().size() > 20);
    }

    @Test
    void aBodyBesideARaisedSupportIsReported() {
        FigureException e = org.junit.jupiter.api.Assertions.assertThrows(FigureException.class, () -> parse(
                "{\"schemaVersion\": 1, \"id\": \"far-chair\", \"layout\": \"single\","
                        + " \"props\": [{\"type\": \"chair\", \"x\": 300}], \"pose\": {\"base\": \"sitting\"}}"));
        assertTrue(e.getMessage().contains("pose.anchor"), e.getMessage());
    }
}
