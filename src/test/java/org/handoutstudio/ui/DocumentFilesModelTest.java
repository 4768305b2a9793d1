package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handout's files without a display: open, save, export, autosave and recovery, in a data folder of the test's own. */
class DocumentFilesModelTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    @Test
    void saveAndOpenRoundTripAndRememberTheFile() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.files().newHandout(Templates.find("sciatica-leg-pain").orElseThrow());
        model.editing().setPatient(new PatientDetails("Sam Patient", TestEditor.DAY, "Alex", "Physiotherapist", null));
        Path file = folder.resolve("sam.handout.json");
        List<String> errors = new ArrayList<>();
        model.files().save(file, errors::add);
        assertEquals(List.of(), errors);
        assertFalse(model.editing().document().dirtyProperty().get());
        Handout saved = model.editing().handoutProperty().get();
        EditorViewModel other = TestEditor.model(dataDir);
        other.files().open(file, errors::add);
        assertEquals(saved, other.editing().handoutProperty().get());
        assertEquals("Handout Studio \u2014 sam.handout.json", other.files().windowTitle());
        assertEquals(file.toAbsolutePath().toString(), other.settingsProperty().get().recentFiles().get(0));
    }

    @Test
    void recentFilesKeepTheNewestEightWithoutRepeats() {
        EditorViewModel model = TestEditor.model(dataDir);
        for (int i = 0; i < 10; i++) {
            model.files().save(folder.resolve(i + ".handout.json"), message -> { throw new AssertionError(message); });
        }
        model.files().save(folder.resolve("3.handout.json"), message -> { throw new AssertionError(message); });
        List<String> recent = model.settingsProperty().get().recentFiles();
        assertEquals(SettingsModel.RECENT_FILES, recent.size());
        assertTrue(recent.get(0).endsWith("3.handout.json"));
        assertEquals(recent.stream().distinct().count(), recent.size());
        assertTrue(Files.exists(new AppFolders(dataDir).settingsFile()), "settings written");
    }

    @Test
    void aStatusAboutTheFileClearsAtTheFirstEdit() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.files().newHandout(null);
        assertEquals("New blank handout", model.statusProperty().get());
        model.editing().setTitle("Knee exercises");
        assertEquals("", model.statusProperty().get(), "no longer a new blank handout");
        model.files().save(folder.resolve("knee.handout.json"), message -> { throw new AssertionError(message); });
        assertEquals("Saved knee.handout.json", model.statusProperty().get());
        model.editing().add(LibraryLoader.bundled().find("bridge").orElseThrow());
        assertEquals("", model.statusProperty().get(), "an edit after saving makes \"Saved\" untrue");
    }

    @Test
    void openingABadFileGivesAMessageNamingItAndKeepsTheHandout() throws Exception {
        EditorViewModel model = TestEditor.model(dataDir);
        Path file = Files.writeString(folder.resolve("bad.handout.json"), "{\"schemaVersion\": 7, \"title\": \"x\"}");
        List<String> errors = new ArrayList<>();
        model.files().open(file, errors::add);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("bad.handout.json") && errors.get(0).contains("newer version"), errors.get(0));
        assertEquals("New handout", model.editing().handoutProperty().get().title());
        model.files().open(folder.resolve("missing.handout.json"), errors::add);
        assertTrue(errors.get(1).contains("missing.handout.json") && errors.get(1).contains("does not exist"), errors.get(1));
    }

    @Test
    void aHandoutThatCouldNotBeReopenedIsNeitherSavedNorExported() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.editing().setTitle("");
        List<String> errors = new ArrayList<>();
        Path file = folder.resolve("untitled.handout.json");
        model.files().save(file, errors::add);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Not saved: title"), errors.get(0));
        assertFalse(Files.exists(file));
        model.files().export(folder.resolve("x.pdf"), done -> { }, errors::add);
        assertTrue(errors.get(1).startsWith("Not exported: title"), errors.get(1));
        assertFalse(Files.exists(folder.resolve("x.pdf")));
    }

    @Test
    void autosaveGoesToTheDataFolderReadableByItsOwnerOnly() throws Exception {
        EditorViewModel model = TestEditor.model(dataDir);
        model.editing().setTitle("Private");
        model.files().autosave();
        Path autosave = model.files().autosaveFile();
        assertTrue(autosave.startsWith(dataDir), autosave.toString());
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(autosave));
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(autosave.getParent()));
        model.files().deleteAutosave();
        assertFalse(Files.exists(autosave));
    }

    @Test
    void anUnchangedHandoutIsNotAutosaved() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.files().autosave();
        assertFalse(Files.exists(model.files().autosaveFile()));
    }

    @Test
    void autosaveCanBeRecoveredAfterACrash() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.files().newHandout(Templates.find("upper-back-and-posture").orElseThrow());
        model.editing().setTitle("Unsaved work");
        model.files().autosave();
        EditorViewModel next = TestEditor.model(dataDir);
        Handout recovered = next.files().recoverable().orElseThrow();
        assertEquals(model.editing().handoutProperty().get(), recovered);
        next.files().recover(recovered);
        assertTrue(next.editing().document().dirtyProperty().get(), "recovered work is unsaved until saved");
        assertTrue(TestEditor.model(folder).files().recoverable().isEmpty(), "another data folder has nothing to recover");
    }

    @Test
    void exportWritesAValidPdfAndAFailureNamesTheFile() throws Exception {
        EditorViewModel model = TestEditor.model(dataDir);
        model.files().newHandout(Templates.find("gp-back-pain-leaflet").orElseThrow());
        Path pdf = folder.resolve(model.files().suggestedFileName(".pdf"));
        List<Path> done = new ArrayList<>();
        model.files().export(pdf, done::add, message -> { });
        assertEquals(List.of(pdf), done);
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(document).contains(model.editing().handoutProperty().get().title()));
        }
        List<String> errors = new ArrayList<>();
        model.files().export(folder.resolve("no-such-folder").resolve("x.pdf"), done::add, errors::add);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("no-such-folder"), errors.get(0));
        assertEquals("Export failed", model.statusProperty().get());
    }

    @Test
    void theHandoutsOwnFileIsNeverReplacedByItsPdf() throws Exception {
        EditorViewModel model = TestEditor.model(dataDir);
        model.files().newHandout(Templates.find("gp-back-pain-leaflet").orElseThrow());
        Path file = folder.resolve("leaflet.handout.json");
        model.files().save(file, message -> { });
        byte[] saved = Files.readAllBytes(file);
        Files.createDirectories(folder.resolve("sub"));
        List<String> errors = new ArrayList<>();
        model.files().export(folder.resolve("sub/../leaflet.handout.json"), done -> { }, errors::add);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("this handout's own file"), errors.get(0));
        assertTrue(Arrays.equals(saved, Files.readAllBytes(file)));
    }

    @Test
    void suggestedNamesUseTheTitleAndDateNeverThePatientsName() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.editing().setTitle("Back pain: getting moving again");
        model.editing().setPatient(new PatientDetails("Zebedee Quartermain", null, null, null, null));
        String name = model.files().suggestedFileName(".pdf");
        assertEquals("back-pain-getting-moving-again-2026-11-22.pdf", name);
        assertFalse(name.toLowerCase(Locale.ROOT).contains("zebedee"));
    }
}
