package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Settings;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.layout.Page;
import org.handoutstudio.layout.PageItem;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.pdf.HandoutExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model, without a display: edits, files, autosave and export. */
class EditorViewModelTest {

    private final EditorViewModel model = new EditorViewModel(LibraryLoader.bundled(), org.handoutstudio.TestHandouts.figures(),
            TaskExecutor.synchronous());

    @AfterEach
    void removeAutosave() {
        model.deleteAutosave();
    }

    @Test
    void thePreviewGetsTheSamePagesTheExportPrints() throws Exception {
        model.newHandout(Templates.find("acute-low-back-pain").orElseThrow());
        PageList preview = model.pagesProperty().get();
        PageList export = HandoutExport.layout(model.handoutProperty().get(), LibraryLoader.bundled(), Branding.DEFAULT,
                new LayoutOptions(null, false, LocalDate.now()), org.handoutstudio.TestHandouts.figures());
        assertEquals(fingerprint(export), fingerprint(preview));
    }

    @Test
    void editsAreUndoableAndTypingMergesIntoOneStep() {
        model.setTitle("A");
        model.setTitle("AB");
        model.setTitle("ABC");
        model.add(LibraryLoader.bundled().find("bridge").orElseThrow());
        model.setDosage(0, new Dosage(6, null, null, null, null, null, null, null, null, null));
        model.document().undo();
        assertEquals(null, model.handoutProperty().get().items().get(0).dosage());
        model.document().undo();
        assertTrue(model.handoutProperty().get().items().isEmpty());
        model.document().undo();
        assertEquals("New handout", model.handoutProperty().get().title(), "three keystrokes are one step");
        model.document().redo();
        assertEquals("ABC", model.handoutProperty().get().title());
    }

    @Test
    void saveAndOpenRoundTrip(@TempDir Path folder) {
        model.newHandout(Templates.find("sciatica-leg-pain").orElseThrow());
        model.setPatient(new PatientDetails("Sam Patient", LocalDate.of(2026, 11, 22), "Alex", "Physiotherapist", null));
        Path file = folder.resolve("sam.handout.json");
        List<String> errors = new ArrayList<>();
        model.save(file, errors::add);
        assertTrue(errors.isEmpty(), errors.toString());
        assertFalse(model.document().dirtyProperty().get());
        var saved = model.handoutProperty().get();
        EditorViewModel other = new EditorViewModel(LibraryLoader.bundled(), org.handoutstudio.TestHandouts.figures(), TaskExecutor.synchronous());
        other.open(file, errors::add);
        assertEquals(saved, other.handoutProperty().get());
        assertEquals("Handout Studio \u2014 sam.handout.json", other.windowTitle());
    }

    @Test
    void settingsGivenAtStartAreInForceForTheFirstHandout() {
        Settings settings = new Settings(Settings.CURRENT_SCHEMA, Branding.DEFAULT, "Sam Physio", "Physiotherapist",
                org.handoutstudio.handout.Paper.LETTER, false, null, List.of());
        EditorViewModel started = new EditorViewModel(LibraryLoader.bundled(), new org.handoutstudio.library.LibrarySearch(
                LibraryLoader.bundled().items()), org.handoutstudio.TestHandouts.figures(), TaskExecutor.synchronous(), settings);
        started.newHandout(null);
        assertEquals("Sam Physio", started.handoutProperty().get().patient().clinician());
        assertEquals(612, started.pagesProperty().get().pageWidth(), 0.5, "US Letter pages");
    }

    @Test
    void aStatusAboutTheFileClearsAtTheFirstEdit(@TempDir Path folder) {
        model.newHandout(null);
        assertEquals("New blank handout", model.statusProperty().get());
        model.setTitle("Knee exercises");
        assertEquals("", model.statusProperty().get(), "no longer a new blank handout");
        Path file = folder.resolve("knee.handout.json");
        model.save(file, message -> { throw new AssertionError(message); });
        assertEquals("Saved knee.handout.json", model.statusProperty().get());
        model.add(LibraryLoader.bundled().find("bridge").orElseThrow());
        assertEquals("", model.statusProperty().get(), "an edit after saving makes \"Saved\" untrue");
    }

    @Test
    void openingABadFileGivesAMessageNamingIt(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("bad.handout.json"), "{\"schemaVersion\": 7, \"title\": \"x\"}");
        List<String> errors = new ArrayList<>();
        model.open(file, errors::add);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("bad.handout.json") && errors.get(0).contains("newer version"), errors.get(0));
        assertEquals("New handout", model.handoutProperty().get().title(), "the current handout is kept");
    }

    @Test
    void aHandoutThatCouldNotBeReopenedIsNotSaved(@TempDir Path folder) {
        model.setTitle("");
        List<String> errors = new ArrayList<>();
        Path file = folder.resolve("untitled.handout.json");
        model.save(file, errors::add);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Not saved: title"), errors.get(0));
        assertFalse(Files.exists(file));
        model.export(folder.resolve("x.pdf"), done -> { }, errors::add);
        assertTrue(errors.get(1).startsWith("Not exported: title"), errors.get(1));
    }

    @Test
    void autosaveIsReadableByItsOwnerOnly() throws Exception {
        model.setTitle("Private");
        model.autosave();
        var permissions = Files.getPosixFilePermissions(model.autosaveFile());
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"), permissions);
    }

    @Test
    void autosaveCanBeRecoveredAfterACrash() {
        model.newHandout(Templates.find("upper-back-and-posture").orElseThrow());
        model.setTitle("Unsaved work");
        model.autosave();
        EditorViewModel next = new EditorViewModel(LibraryLoader.bundled(), org.handoutstudio.TestHandouts.figures(), TaskExecutor.synchronous());
        var recovered = next.recoverable().orElseThrow();
        assertEquals(model.handoutProperty().get(), recovered);
        next.recover(recovered);
        assertTrue(next.document().dirtyProperty().get(), "recovered work is unsaved until saved");
    }

    @Test
    void exportWritesAValidPdfAndAFailureLeavesTheOldFile(@TempDir Path folder) throws Exception {
        model.newHandout(Templates.find("gp-back-pain-leaflet").orElseThrow());
        Path pdf = folder.resolve(model.suggestedFileName(".pdf"));
        List<Path> done = new ArrayList<>();
        model.export(pdf, done::add, message -> { });
        assertEquals(List.of(pdf), done);
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(document).contains(model.handoutProperty().get().title()));
        }
        List<String> errors = new ArrayList<>();
        model.export(folder.resolve("no-such-folder").resolve("x.pdf"), done::add, errors::add);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("no-such-folder"), errors.get(0));
    }

    @Test
    void suggestedNamesNeverUseThePatientsName() {
        model.setTitle("Back pain: getting moving again");
        model.setPatient(new PatientDetails("Zebedee Quartermain", null, null, null, null));
        String name = model.suggestedFileName(".pdf");
        assertTrue(name.startsWith("back-pain-getting-moving-again-"), name);
        assertFalse(name.toLowerCase(Locale.ROOT).contains("zebedee"));
    }

    @Test
    void hintsForLongProgrammesAndMissingSafetyNetting() {
        var exercises = LibraryLoader.bundled().items().stream()
                .filter(item -> item instanceof org.handoutstudio.library.Exercise).limit(11).toList();
        exercises.forEach(model::add);
        assertTrue(model.hints().stream().anyMatch(hint -> hint.startsWith("11 exercises")), model.hints().toString());
        assertTrue(model.hints().stream().anyMatch(hint -> hint.contains("safety-netting")));
        model.setTitle("\u0645\u0631\u062D\u0628\u0627");
        assertTrue(model.hints().stream().anyMatch(hint -> hint.startsWith("Cannot be printed")), model.hints().toString());
    }

    @Test
    void searchFiltersByTypeRegionPositionAndEquipment() {
        model.typeFilterProperty().set(org.handoutstudio.library.ItemType.EXERCISE);
        model.positionFilterProperty().set(org.handoutstudio.library.Position.CHAIR);
        assertFalse(model.results().isEmpty());
        assertTrue(model.results().stream().allMatch(item -> item instanceof org.handoutstudio.library.Exercise e
                && e.position() == org.handoutstudio.library.Position.CHAIR));
        model.queryProperty().set("zzzz");
        assertTrue(model.results().isEmpty());
    }

    /** Every item's kind, position and text: equal fingerprints paint equal pages. */
    static List<String> fingerprint(PageList pages) {
        List<String> lines = new ArrayList<>();
        for (Page page : pages.pages()) {
            for (PageItem item : page.items()) {
                String text = item instanceof PageItem.TextRun run ? run.text() + " " + run.face() + " " + run.size() : "";
                lines.add(String.format(Locale.ROOT, "%d %s %.2f %.2f %.2f %.2f %s %s", page.number(),
                        item.getClass().getSimpleName(), item.left(), item.top(), item.right(), item.bottom(), text,
                        item.owner() == null ? "artifact" : item.owner().role()));
            }
        }
        return lines;
    }
}
