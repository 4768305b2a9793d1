package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.handout.Settings;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.layout.PageItem;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.pdf.PdfExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live preview, headless: the pages it shows are the pages an export writes. */
class PreviewModelTest {

    @TempDir
    Path dataDir;

    private static String text(PageList pages) {
        StringBuilder text = new StringBuilder();
        pages.pages().forEach(page -> page.items().forEach(item -> {
            if (item instanceof PageItem.TextRun run) {
                text.append(run.text()).append('\n');
            }
        }));
        return text.toString();
    }

    /** Written as the export writes it: the same PDF bytes prove the same pages, fonts and tags. */
    @Test
    void thePreviewShowsExactlyThePagesTheExportWrites() throws Exception {
        EditorViewModel model = TestEditor.model(dataDir);
        model.files().newHandout(Templates.find("acute-low-back-pain").orElseThrow());
        model.editing().setTitle("Back pain: Sam's programme");
        Path pdf = dataDir.resolve("export.pdf");
        List<String> errors = new ArrayList<>();
        model.files().export(pdf, done -> { }, errors::add);
        assertEquals(List.of(), errors);
        assertArrayEquals(Files.readAllBytes(pdf), PdfExporter.toBytes(model.preview().pagesProperty().get()));
        assertTrue(text(model.preview().pagesProperty().get()).contains("Produced 22 November 2026"),
                "the date comes from the model's clock, once");
    }

    @Test
    void settingsGivenAtStartAreInForceForTheFirstHandout() {
        Settings settings = new Settings(Settings.CURRENT_SCHEMA, Branding.DEFAULT, "Sam Physio", "Physiotherapist",
                Paper.LETTER, false, null, List.of());
        EditorViewModel model = TestEditor.model(dataDir);
        model.settingsProperty().set(settings);
        model.files().newHandout(null);
        assertEquals("Sam Physio", model.editing().handoutProperty().get().patient().clinician());
        assertEquals(612, model.preview().pagesProperty().get().pageWidth(), 0.5, "US Letter pages");
    }

    @Test
    void aBrandingChangeReachesThePreview() {
        EditorViewModel model = TestEditor.model(dataDir);
        assertFalse(text(model.preview().pagesProperty().get()).contains("Riverside Physiotherapy"));
        Branding riverside = new Branding(1, "Riverside Physiotherapy", null, "#1D4F7C", "#00695C", null, "01234 567890",
                null, null, null, null, null);
        model.settingsProperty().set(new Settings(1, riverside, null, null, null, false, null, List.of()));
        assertTrue(text(model.preview().pagesProperty().get()).contains("Riverside Physiotherapy"));
    }

    /** The command line prints a handout's own branding file; the preview must show the same. */
    @Test
    void aHandoutsOwnBrandingFileIsPreviewedAsItWillPrint() throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve("clinic"));
        Files.writeString(folder.resolve("brand.json"), "{\"schemaVersion\": 1, \"practiceName\": \"Hillside Practice\"}");
        Path handout = folder.resolve("mine.handout.json");
        Handout leaflet = Templates.find("gp-back-pain-leaflet").orElseThrow().toHandout();
        HandoutFiles.writeHandout(handout, leaflet.withBranding("brand.json"));
        EditorViewModel model = TestEditor.model(dataDir);
        model.files().open(handout, message -> { throw new AssertionError(message); });
        assertTrue(text(model.preview().pagesProperty().get()).contains("Hillside Practice"));
    }
}
