package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing the handout without a display: undoable steps, and the hints that follow each change. */
class HandoutEditingModelTest {

    @TempDir
    Path dataDir;

    private static LibraryItem item(String id) {
        return LibraryLoader.bundled().find(id).orElseThrow();
    }

    @Test
    void editsAreUndoableAndTypingMergesIntoOneStep() {
        HandoutEditingModel editing = TestEditor.model(dataDir).editing();
        editing.setTitle("A");
        editing.setTitle("AB");
        editing.setTitle("ABC");
        editing.add(item("bridge"));
        editing.setDosage(0, new Dosage(6, null, null, null, null, null, null, null, null, null));
        editing.document().undo();
        assertEquals(null, editing.handoutProperty().get().items().get(0).dosage());
        editing.document().undo();
        assertTrue(editing.handoutProperty().get().items().isEmpty());
        editing.document().undo();
        assertEquals("New handout", editing.handoutProperty().get().title(), "three keystrokes are one step");
        editing.document().redo();
        assertEquals("ABC", editing.handoutProperty().get().title());
    }

    @Test
    void insertMoveDuplicateAndRemoveKeepTheOrderTheClinicianSees() {
        HandoutEditingModel editing = TestEditor.model(dataDir).editing();
        editing.add(item("bridge"));
        editing.add(item("clam"));
        assertEquals(0, editing.insert(item("knee-rolls"), 0));
        editing.move(2, 0);
        editing.duplicate(1);
        assertEquals(List.of("clam", "knee-rolls", "knee-rolls", "bridge"), refs(editing));
        editing.remove(1);
        editing.move(0, 9); // out of range: nothing moves
        assertEquals(List.of("clam", "knee-rolls", "bridge"), refs(editing));
        assertTrue(editing.isInHandout(item("clam")));
        assertFalse(editing.isInHandout(item("dead-bug")));
        assertEquals("Exercise: Clam", editing.labelOf(editing.handoutProperty().get().items().get(0)));
    }

    private static List<String> refs(HandoutEditingModel editing) {
        return editing.handoutProperty().get().items().stream().map(entry -> entry.ref()).toList();
    }

    @Test
    void hintsForLongProgrammesMissingSafetyNettingAndUnprintableText() {
        EditorViewModel model = TestEditor.model(dataDir);
        HandoutEditingModel editing = model.editing();
        LibraryLoader.bundled().items().stream().filter(Exercise.class::isInstance).limit(11).forEach(editing::add);
        assertTrue(editing.hints().stream().anyMatch(hint -> hint.startsWith("11 exercises")), editing.hints().toString());
        assertTrue(editing.hints().stream().anyMatch(hint -> hint.contains("safety-netting")));
        assertTrue(editing.lacksSafetyNetting());
        editing.add(item("back-pain-when-to-get-help"));
        assertFalse(editing.lacksSafetyNetting());
        assertFalse(editing.hints().stream().anyMatch(hint -> hint.contains("safety-netting")), editing.hints().toString());
        editing.setTitle("\u0645\u0631\u062D\u0628\u0627");
        assertTrue(editing.hints().stream().anyMatch(hint -> hint.startsWith("Cannot be printed")), editing.hints().toString());
    }

    @Test
    void contentPastItsReviewDateIsPointedOut() {
        Clock later = Clock.fixed(Instant.parse("2040-01-01T12:00:00Z"), ZoneOffset.UTC);
        EditorViewModel model = new EditorViewModel(TestEditor.workspace(dataDir), TaskExecutor.synchronous(), later);
        model.editing().add(item("bridge"));
        assertTrue(model.editing().hints().stream().anyMatch(hint -> hint.contains("Bridge")), model.editing().hints().toString());
        HandoutEditingModel today = TestEditor.model(dataDir).editing();
        today.add(item("bridge"));
        assertFalse(today.hints().stream().anyMatch(hint -> hint.contains("Bridge")), today.hints().toString());
    }

    @Test
    void printChoicesAreUndoableEditsOfTheHandout() {
        EditorViewModel model = TestEditor.model(dataDir);
        HandoutEditingModel editing = model.editing();
        editing.add(item("bridge"));
        editing.setLayout(org.handoutstudio.handout.ExerciseLayout.COMPACT);
        editing.setDiary(true, 3);
        editing.setInkSaver(true);
        var handout = editing.handoutProperty().get();
        assertEquals(org.handoutstudio.handout.ExerciseLayout.COMPACT, handout.layout());
        assertEquals(Boolean.TRUE, handout.diary());
        assertEquals(3, handout.diaryWeeks());
        assertEquals(Boolean.TRUE, handout.inkSaver());
        assertTrue(org.handoutstudio.TestHandouts.text(model.preview().pagesProperty().get())
                .contains("Your exercise plan and diary"), "the preview shows the diary");
        editing.document().undo();
        assertEquals(null, editing.handoutProperty().get().inkSaver());
        editing.setDiary(false, 3);
        assertEquals(null, editing.handoutProperty().get().diaryWeeks());
    }

    @Test
    void aWebAddressThatMayNotBePrintedIsNamedInTheHints() {
        HandoutEditingModel editing = TestEditor.model(dataDir).editing();
        editing.add(item("bridge"));
        editing.setVideoUrl(0, "javascript:alert(1)");
        editing.setMoreInfoUrl("www.example.nhs.uk");
        assertTrue(editing.hints().stream().anyMatch(hint -> hint.contains("items[0].videoUrl")), editing.hints().toString());
        assertTrue(editing.hints().stream().anyMatch(hint -> hint.contains("moreInfoUrl")), editing.hints().toString());
        editing.setVideoUrl(0, "https://video.example.nhs.uk/bridge");
        assertFalse(editing.hints().stream().anyMatch(hint -> hint.contains("videoUrl")), editing.hints().toString());
    }

    @Test
    void aDiaryWithoutExercisesIsPointedOut() {
        HandoutEditingModel editing = TestEditor.model(dataDir).editing();
        editing.add(item("understanding-back-pain"));
        editing.setDiary(true, 2);
        assertTrue(editing.hints().stream().anyMatch(hint -> hint.contains("diary")), editing.hints().toString());
    }
}
