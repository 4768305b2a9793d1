package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.handout.UserTemplates;
import org.handoutstudio.library.ItemType;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open, save, export and unsaved-changes flows, headless: the dialogs answer from a script. */
class FileActionsTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    /** Answers each question with the next scripted answer and records what was asked and shown. */
    private static final class ScriptedDialogs implements DialogService {
        final Deque<Object> answers = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<Path> exported = new ArrayList<>();

        @SuppressWarnings("unchecked")
        private <T> T next(String question) {
            asked.add(question);
            return (T) answers.removeFirst();
        }

        @Override
        public Optional<Path> chooseHandoutToOpen() {
            return next("open");
        }

        @Override
        public Optional<Path> chooseHandoutToSave(String suggestedName) {
            return next("save as " + suggestedName);
        }

        @Override
        public Optional<Path> choosePdfToExport(String suggestedName) {
            return next("export as " + suggestedName);
        }

        @Override
        public Optional<Optional<Template>> chooseTemplate(List<UserTemplates.Entry> templates, SharingModel sharing) {
            return next("template of " + templates.size());
        }

        @Override
        public Optional<Path> choosePackToExport(String suggestedName) {
            return next("pack to " + suggestedName);
        }

        @Override
        public Optional<Path> choosePackToImport() {
            return next("pack to import");
        }

        @Override
        public UnsavedChoice askAboutUnsavedChanges() {
            return next("unsaved");
        }

        @Override
        public MissingSafetyNettingChoice askAboutMissingSafetyNetting() {
            return next("no safety-netting");
        }

        @Override
        public void showError(String message) {
            errors.add(message);
        }

        @Override
        public void showExported(Path pdf) {
            exported.add(pdf);
        }
    }

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> libraryShown = new ArrayList<>();

    private FileActions actions(EditorViewModel model) {
        return new FileActions(model, dialogs, () -> libraryShown.add("shown"));
    }

    @Test
    void newFromATemplateWithNoChangesAsksNothingElse() {
        EditorViewModel model = TestEditor.model(dataDir);
        Template sciatica = Templates.find("sciatica-leg-pain").orElseThrow();
        dialogs.answers.add(Optional.of(Optional.of(sciatica)));
        actions(model).newHandout();
        assertEquals(List.of("template of " + Templates.bundled().size()), dialogs.asked);
        assertEquals(sciatica.title(), model.editing().handoutProperty().get().title());
    }

    @Test
    void unsavedChangesAreSavedFirstThenTheFileOpens() throws Exception {
        EditorViewModel first = TestEditor.model(dataDir);
        Path other = folder.resolve("other.handout.json");
        first.editing().setTitle("Other handout");
        first.files().save(other, message -> { throw new AssertionError(message); });

        EditorViewModel model = TestEditor.model(dataDir);
        model.editing().setTitle("Work in progress");
        Path mine = folder.resolve("mine.handout.json");
        dialogs.answers.addAll(List.of(DialogService.UnsavedChoice.SAVE, Optional.of(mine), Optional.of(other)));
        actions(model).open();
        assertEquals(List.of("unsaved", "save as work-in-progress-2026-11-22.handout.json", "open"), dialogs.asked);
        assertTrue(Files.readString(mine).contains("Work in progress"));
        assertEquals("Other handout", model.editing().handoutProperty().get().title());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void cancellingTheUnsavedQuestionOrTheSaveDialogKeepsTheWork() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.editing().setTitle("Work in progress");
        dialogs.answers.add(DialogService.UnsavedChoice.CANCEL);
        actions(model).newHandout();
        dialogs.answers.addAll(List.of(DialogService.UnsavedChoice.SAVE, Optional.empty()));
        actions(model).newHandout();
        assertEquals(List.of("unsaved", "unsaved", "save as work-in-progress-2026-11-22.handout.json"), dialogs.asked);
        assertEquals("Work in progress", model.editing().handoutProperty().get().title());
        assertTrue(model.editing().document().dirtyProperty().get());
    }

    @Test
    void discardingDeletesTheAutosaveAndGoesOn() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.editing().setTitle("Throwaway");
        model.files().autosave();
        assertTrue(Files.exists(model.files().autosaveFile()));
        dialogs.answers.addAll(List.of(DialogService.UnsavedChoice.DISCARD, Optional.of(Optional.empty())));
        actions(model).newHandout();
        assertFalse(Files.exists(model.files().autosaveFile()), "the patient's details leave no copy behind");
        assertEquals("New handout", model.editing().handoutProperty().get().title());
    }

    @Test
    void exportWithoutSafetyNettingOffersToAddItFirst() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.editing().add(LibraryLoader.bundled().find("bridge").orElseThrow());
        dialogs.answers.add(DialogService.MissingSafetyNettingChoice.ADD_SAFETY_NETTING);
        actions(model).export();
        assertEquals(List.of("no safety-netting"), dialogs.asked, "no file is asked for");
        assertEquals(ItemType.SAFETY_NETTING, model.library().typeFilterProperty().get());
        assertEquals(List.of("shown"), libraryShown);

        Path pdf = folder.resolve("bridge.pdf");
        dialogs.answers.addAll(List.of(DialogService.MissingSafetyNettingChoice.EXPORT_ANYWAY, Optional.of(pdf)));
        actions(model).export();
        assertEquals(List.of(pdf), dialogs.exported);
        assertTrue(Files.exists(pdf));
    }

    @Test
    void aFailedSaveIsShownAndTheFlowStops() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.editing().setTitle("Work in progress");
        Path nowhere = folder.resolve("missing-folder").resolve("x.handout.json");
        dialogs.answers.addAll(List.of(DialogService.UnsavedChoice.SAVE, Optional.of(nowhere)));
        actions(model).newHandout();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("missing-folder"), dialogs.errors.get(0));
        assertFalse(dialogs.asked.stream().anyMatch(question -> question.startsWith("template")), "New did not go on");
    }
}
