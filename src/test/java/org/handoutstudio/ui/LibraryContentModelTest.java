package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.Settings;
import org.handoutstudio.io.Problem;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.ItemCopies;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryFolder;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the practice's own items without a display: checks, provenance, overrides, conflicts, deleting. */
class LibraryContentModelTest {

    @TempDir
    Path dataDir;

    private EditorViewModel model() {
        return TestEditor.modelWithClinician(dataDir);
    }

    private static LibraryContentModel.SaveResult save(LibraryContentModel content, LibraryContentModel.Draft draft,
                                                       LibraryItem item, LibraryContentModel.Destination where,
                                                       boolean overwrite) {
        List<LibraryContentModel.SaveResult> results = new ArrayList<>();
        content.save(draft, ItemCopies.withProvenance(item, content.formProvenance(item)), where, overwrite, results::add);
        assertEquals(1, results.size());
        return results.get(0);
    }

    private static LibraryItem bridge(EditorViewModel model) {
        return model.library().library().find("bridge").orElseThrow();
    }

    @Test
    void aBlankExerciseNamesEveryFieldToFillIn() {
        LibraryContentModel content = model().content();
        Exercise blank = ItemCopies.blankExercise(Provenance.first(content.author(), TestEditor.DAY, List.of()));
        Set<String> fields = content.check(blank, LibraryContentModel.Mode.NEW).stream().map(Problem::path)
                .collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("id", "name", "purpose", "category", "steps", "provenance.sources")),
                fields.toString());
    }

    @Test
    void aCopySavedToTheUsersLibraryGetsProvenanceAndIsFoundAtOnce() {
        EditorViewModel model = model();
        LibraryContentModel content = model.content();
        LibraryContentModel.Draft copy = content.copy(bridge(model));
        assertEquals("bridge-our-version", copy.item().id());
        var result = save(content, copy, copy.item(), LibraryContentModel.Destination.USER, false);
        assertInstanceOf(LibraryContentModel.SaveResult.Saved.class, result);
        Library.Entry saved = model.library().library().entry("bridge-our-version").orElseThrow();
        assertEquals(Library.Origin.USER, saved.origin());
        Provenance provenance = saved.item().provenance();
        assertEquals("Sam Physio", provenance.author());
        assertEquals(Provenance.FIRST_VERSION, provenance.version());
        assertEquals(TestEditor.DAY, provenance.lastReviewed());
        assertEquals(TestEditor.DAY.plusYears(3), provenance.nextReview());
        assertEquals(bridge(model).provenance().sources(), provenance.sources());
        model.library().queryProperty().set("our version");
        assertEquals("bridge-our-version", model.library().results().get(0).id(), "the browser searches the new library");
        assertTrue(Files.exists(dataDir.resolve("library/bridge-our-version.json")));
    }

    @Test
    void anOverrideKeepsTheIdBumpsTheVersionAndIsMarked() {
        EditorViewModel model = model();
        LibraryItem bundled = bridge(model);
        var result = save(model.content(), model.content().override(bundled), bundled,
                LibraryContentModel.Destination.USER, false);
        assertInstanceOf(LibraryContentModel.SaveResult.Saved.class, result);
        Library.Entry entry = model.library().library().entry("bridge").orElseThrow();
        assertTrue(entry.overridesBundled());
        assertEquals(Provenance.nextVersion(bundled.provenance().version()), entry.item().provenance().version());
        assertTrue(model.library().originOf(entry.item()).orElseThrow().contains("overrides the bundled item"));
        // Edited again, it goes up again.
        LibraryContentModel.Draft edit = model.content().edit(entry.item());
        save(model.content(), edit, edit.item(), edit.destination(), false);
        assertEquals(Provenance.nextVersion(entry.item().provenance().version()),
                model.library().library().find("bridge").orElseThrow().provenance().version());
    }

    @Test
    void aSaveOverAVersionSomeoneElseSavedAsksFirst() throws Exception {
        EditorViewModel model = model();
        LibraryContentModel content = model.content();
        LibraryContentModel.Draft copy = content.copy(bridge(model));
        save(content, copy, copy.item(), LibraryContentModel.Destination.USER, false);
        LibraryItem mine = model.library().library().find(copy.item().id()).orElseThrow();
        LibraryContentModel.Draft edit = content.edit(mine);
        // Meanwhile a colleague saves their own edit into the same folder.
        LibraryItem theirs = ItemCopies.withProvenance(mine, mine.provenance().savedBy("Colleague", TestEditor.DAY, null));
        new LibraryFolder(dataDir.resolve("library")).save(theirs, mine.provenance().version(), false);

        var conflict = save(content, edit, edit.item(), edit.destination(), false);
        assertEquals("Colleague",
                assertInstanceOf(LibraryContentModel.SaveResult.Conflict.class, conflict).onDisk().provenance().author());
        assertInstanceOf(LibraryContentModel.SaveResult.Saved.class,
                save(content, edit, edit.item(), edit.destination(), true));
        assertEquals("Sam Physio", model.library().library().find(mine.id()).orElseThrow().provenance().author());
    }

    @Test
    void aDuplicateIdAndUnprintableTextAreNamedAndNothingIsSaved() {
        EditorViewModel model = model();
        LibraryContentModel content = model.content();
        Exercise bundled = (Exercise) bridge(model);
        LibraryItem duplicate = ItemCopies.withIdAndTitle(bundled, "knee-rolls", "Clash",
                Provenance.first("Sam Physio", TestEditor.DAY, List.of("NICE NG59")));
        var invalid = save(content, content.create(duplicate), duplicate, LibraryContentModel.Destination.USER, false);
        List<Problem> problems = assertInstanceOf(LibraryContentModel.SaveResult.Invalid.class, invalid).problems();
        assertEquals("id", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("\"knee-rolls\" is already used"), problems.toString());

        LibraryItem hieroglyph = ItemCopies.withIdAndTitle(bundled, "our-bridge", "Bridge \uD80C\uDC00",
                Provenance.first("Sam Physio", TestEditor.DAY, List.of("NICE NG59")));
        var unprintable = save(content, content.create(hieroglyph), hieroglyph, LibraryContentModel.Destination.USER, false);
        List<Problem> text = assertInstanceOf(LibraryContentModel.SaveResult.Invalid.class, unprintable).problems();
        assertEquals("text", text.get(0).path());
        assertFalse(Files.exists(dataDir.resolve("library")), "nothing saved");
    }

    @Test
    void aReadOnlySharedFolderIsReportedSoTheUserLibraryCanBeOffered() throws Exception {
        EditorViewModel model = model();
        Path notAFolder = Files.writeString(dataDir.resolve("shared-drive"), "a file, not a folder");
        Settings settings = model.settingsProperty().get();
        model.settingsProperty().set(new Settings(settings.schemaVersion(), settings.branding(), settings.clinicianName(),
                settings.clinicianRole(), settings.paper(), settings.largePrint(), notAFolder.resolve("library").toString(),
                settings.recentFiles()));
        LibraryContentModel.Draft copy = model.content().copy(bridge(model));
        var result = save(model.content(), copy, copy.item(), LibraryContentModel.Destination.SHARED, false);
        assertInstanceOf(LibraryContentModel.SaveResult.SharedReadOnly.class, result);
        assertInstanceOf(LibraryContentModel.SaveResult.Saved.class,
                save(model.content(), copy, copy.item(), LibraryContentModel.Destination.USER, false));
    }

    @Test
    void aDeletedItemIsGoneAndAHandoutUsingItSaysSoWhenOpened() throws Exception {
        EditorViewModel model = model();
        LibraryContentModel.Draft copy = model.content().copy(bridge(model));
        save(model.content(), copy, copy.item(), LibraryContentModel.Destination.USER, false);
        Path file = dataDir.resolve("uses-it.handout.json");
        HandoutFiles.writeHandout(file, Handout.blank("Uses it").withItems(List.of(HandoutItem.of(copy.item().id()))));
        List<String> errors = new ArrayList<>();
        model.content().delete(model.library().library().find(copy.item().id()).orElseThrow(),
                error -> error.ifPresent(errors::add));
        assertEquals(List.of(), errors);
        assertFalse(model.library().library().contains(copy.item().id()));
        model.files().open(file, errors::add);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("uses-it.handout.json") && errors.get(0).contains(copy.item().id()), errors.get(0));
    }
}
