package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.handout.UserTemplates;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs and saved templates without a display. */
class SharingModelTest {

    @TempDir
    Path dir;

    @Test
    void aPackIsPreviewedThenImportedAndTheLibraryFollows() throws Exception {
        EditorViewModel first = TestEditor.modelWithClinician(dir.resolve("first"));
        LibraryContentModel.Draft copy = first.content().copy(first.library().library().find("bridge").orElseThrow());
        first.content().save(copy, copy.item(), LibraryContentModel.Destination.USER, false, result -> { });
        List<LibraryItem> own = first.sharing().ownItems();
        assertEquals(1, own.size());
        Path zip = dir.resolve("ours.zip");
        List<SharingModel.Outcome> outcomes = new ArrayList<>();
        first.sharing().exportPack(own, zip, outcomes::add);
        assertTrue(outcomes.get(0).done(), outcomes.toString());

        EditorViewModel second = TestEditor.model(dir.resolve("second"));
        List<SharingModel.PackPreview> previews = new ArrayList<>();
        second.sharing().readPack(zip, previews::add, error -> { throw new AssertionError(error); });
        assertEquals(List.of(copy.item().id()), previews.get(0).plan().adds().stream().map(LibraryItem::id).toList());
        assertFalse(second.library().library().contains(copy.item().id()), "a preview imports nothing");
        second.sharing().importPack(previews.get(0), outcomes::add);
        assertTrue(outcomes.get(1).done(), outcomes.toString());
        assertEquals(Library.Origin.USER, second.library().library().entry(copy.item().id()).orElseThrow().origin());
    }

    @Test
    void aHostilePackIsRefusedWithAMessageNamingIt() throws Exception {
        Path zip = dir.resolve("hostile.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream pack = new ZipOutputStream(out)) {
            pack.putNextEntry(new ZipEntry("../../.bashrc.json"));
            pack.write("{}".getBytes());
            pack.closeEntry();
        }
        EditorViewModel model = TestEditor.model(dir.resolve("d"));
        List<String> errors = new ArrayList<>();
        model.sharing().readPack(zip, preview -> { throw new AssertionError(preview); }, errors::add);
        assertTrue(errors.get(0).contains("hostile.zip") && errors.get(0).contains("not an allowed file name")
                && errors.get(0).contains("Nothing was changed"), errors.get(0));
    }

    @Test
    void aHandoutSavedAsATemplateIsOfferedRenamedAndDeleted() throws Exception {
        EditorViewModel model = TestEditor.model(dir.resolve("t"));
        Handout handout = Handout.blank("Knee clinic").withItems(List.of(HandoutItem.of("bridge")))
                .withPatient(new PatientDetails("Pat Example", TestEditor.DAY, null, null, null));
        List<SharingModel.Outcome> outcomes = new ArrayList<>();
        model.sharing().saveAsTemplate(handout, "Knee clinic", "Our usual knee start.", false, outcomes::add);
        assertTrue(outcomes.get(0).done(), outcomes.toString());
        List<UserTemplates.Entry> templates = model.sharing().templates();
        UserTemplates.Entry mine = templates.get(templates.size() - 1);
        assertEquals("Knee clinic", mine.template().title());
        assertEquals(Library.Origin.USER, mine.origin());
        assertFalse(Files.readString(mine.file()).contains("Pat Example"));
        assertTrue(model.sharing().renameTemplate(mine, "Knee clinic (new)", "Renamed.").done());
        UserTemplates.Entry renamed = model.sharing().templates().get(templates.size() - 1);
        assertEquals("Knee clinic (new)", renamed.template().title());
        assertTrue(model.sharing().deleteTemplate(renamed).done());
        assertEquals(templates.size() - 1, model.sharing().templates().size());
    }
}
