package org.handoutstudio.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.io.Json;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.PageItem;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.library.UserLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A clinician's own exercise with a photo instead of a drawing. */
class PhotoExerciseTest {

    @Test
    void ownPhotoIsPrintedSmallTaggedAndConforming(@TempDir Path folder) throws Exception {
        BufferedImage photo = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        var g = photo.createGraphics();
        for (int i = 0; i < 3000; i += 50) {
            g.setColor(new Color(i % 255, (i / 3) % 255, 180));
            g.fillRect(i, 0, 50, 2000);
        }
        g.dispose();
        ImageIO.write(photo, "jpeg", folder.resolve("step-up.jpg").toFile());
        ObjectNode exercise = (ObjectNode) Json.mapper().readTree(Files.readString(Path.of("assets/library/exercises.json")))
                .path("items").get(6).deepCopy();
        exercise.put("id", "our-step-up");
        exercise.put("name", "Step-up on the bottom stair");
        exercise.put("photo", "step-up.jpg");
        ObjectNode file = Json.mapper().createObjectNode();
        file.put("schemaVersion", 1);
        ArrayNode items = file.putArray("items");
        items.add(exercise);
        Files.writeString(folder.resolve("ours.json"), Json.mapper().writeValueAsString(file));

        var result = UserLibrary.load(LibraryLoader.bundled(), null, folder);
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        Handout handout = Handout.blank("With a photo").withItems(List.of(HandoutItem.of("our-step-up"),
                HandoutItem.of("exercise-stop-if")));
        var pages = HandoutLayout.layout(handout, result.library(), Branding.DEFAULT, TestHandouts.options(),
                TestHandouts.figures());
        var picture = pages.pages().stream().flatMap(page -> page.items().stream())
                .filter(PageItem.Picture.class::isInstance).map(PageItem.Picture.class::cast).findFirst().orElseThrow();
        assertEquals("Figure", picture.owner().role());
        assertTrue(picture.image().pixelWidth() <= Math.ceil(picture.width() * 300 / 72) + 1, "at most 300 dpi");
        byte[] pdf = PdfExporter.toBytes(pages);
        assertTrue(pdf.length < 400 * 1024, "handout with a photo is " + pdf.length + " bytes");
        VeraGreenfieldFoundryProvider.initialise();
        assertEquals(List.of(), VeraPdfConformanceTest.failedRules(pdf, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), VeraPdfConformanceTest.failedRules(pdf, PDFAFlavour.PDFA_2_A));
        System.out.println("Handout with one 3000x2000 photo: " + pdf.length + " bytes");
    }

    @Test
    void aMissingPhotoIsReportedAndTheFigureIsUsed(@TempDir Path folder) throws Exception {
        ObjectNode exercise = (ObjectNode) Json.mapper().readTree(Files.readString(Path.of("assets/library/exercises.json")))
                .path("items").get(6).deepCopy();
        exercise.put("id", "our-bridge");
        exercise.put("photo", "missing.jpg");
        ObjectNode file = Json.mapper().createObjectNode();
        file.put("schemaVersion", 1);
        file.putArray("items").add(exercise);
        Files.writeString(folder.resolve("ours.json"), Json.mapper().writeValueAsString(file));
        var result = UserLibrary.load(LibraryLoader.bundled(), null, folder);
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message().contains("missing.jpg"), result.problems().get(0).describe());
        assertTrue(result.library().contains("our-bridge"));
    }
}
