package org.handoutstudio.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.layout.ContactSheet;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.pdf.PdfExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: with {@code -Dfigures.preview=/tmp/fixtures.pdf} it writes a review sheet of the
 * fixture figures (each plain, then mirrored) for a person to look at.
 */
class FigurePreviewTest {

    @Test
    @EnabledIfSystemProperty(named = "figures.preview", matches = ".+")
    void writesAReviewSheetOfTheFixtureFigures() throws Exception {
        Exercise template = LibraryLoader.bundled().items().stream().filter(Exercise.class::isInstance)
                .map(Exercise.class::cast).findFirst().orElseThrow();
        List<Exercise> sheet = new ArrayList<>();
        Map<String, Drawing> drawings = new HashMap<>();
        String only = System.getProperty("figures.preview.only", "");
        for (String id : FixtureFigures.ids()) {
            if (!id.contains(only)) {
                continue;
            }
            FigureSpec spec = FixtureFigures.load(id);
            PosedFigure first = FigureScene.compose(spec).poses().get(0);
            System.out.printf("%s: right wrist %s, right ankle %s%n", id, first.joint(Landmark.RIGHT_WRIST),
                    first.joint(Landmark.RIGHT_ANKLE));
            for (boolean mirrored : new boolean[] {false, true}) {
                String key = id + (mirrored ? "-mirrored" : "");
                drawings.put(key, FigureRenderer.render(spec, mirrored));
                sheet.add(named(template, key));
            }
        }
        byte[] pdf = PdfExporter.toBytes(ContactSheet.layout(sheet,
                exercise -> Optional.ofNullable(drawings.get(exercise.figure())), new LayoutOptions(Paper.A4, false, null)));
        Files.write(Path.of(System.getProperty("figures.preview")), pdf);
    }

    private static Exercise named(Exercise e, String id) {
        return new Exercise(id, id, e.alternativeNames(), e.purpose(), e.category(), e.bodyRegions(), e.position(),
                e.equipment(), e.startingPosition(), e.steps(), e.youShouldFeel(), e.commonMistake(), e.easier(),
                e.harder(), e.dosage(), id, e.photo(), null, id, e.keywords(), e.cautions(), e.provenance());
    }
}
