package org.handoutstudio.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserTemplatesTest {

    @TempDir
    Path dir;

    private static Handout patientsHandout() {
        Handout started = Templates.find("acute-low-back-pain").orElseThrow().toHandout();
        HandoutItem first = started.items().get(0);
        List<HandoutItem> items = new ArrayList<>(started.items());
        items.set(0, new HandoutItem(first.ref(), new Dosage(8, null, null, null, null, null, null, null, null, null),
                "Do these before work.", null, null, null, null));
        return started.withItems(items)
                .withPatient(new PatientDetails("Alex Example", LocalDate.of(2026, 11, 30), "A Physio", "Physiotherapist",
                        "Tuesday 2pm"))
                .withBranding("riverside-branding.json");
    }

    @Test
    void aSavedTemplateKeepsItemsDosagesNotesAndLayoutButNeverThePatient() throws Exception {
        Handout handout = patientsHandout();
        Path folder = dir.resolve("templates");
        Path file = UserTemplates.saveNew(handout, "Back pain: my usual", "What I give most people.", folder,
                new HashSet<>(Templates.ids()));
        assertEquals("back-pain-my-usual.json", file.getFileName().toString());
        String json = Files.readString(file);
        assertFalse(json.contains("Alex") || json.contains("Tuesday") || json.contains("riverside"), json);

        var loaded = UserTemplates.load(LibraryLoader.bundled(), null, folder);
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        UserTemplates.Entry mine = loaded.entries().get(loaded.entries().size() - 1);
        assertEquals(Library.Origin.USER, mine.origin());
        assertEquals(Templates.bundled().size() + 1, loaded.entries().size(), "after the bundled ones");
        Handout started = mine.template().toHandout();
        assertEquals(handout.items(), started.items());
        assertEquals(handout.layout(), started.layout());
        assertEquals(PatientDetails.BLANK, started.patient());
        assertEquals(null, started.branding());
    }

    @Test
    void renameKeepsTheIdAndDeleteRemovesTheFile() throws Exception {
        Path folder = dir.resolve("templates");
        Set<String> taken = new HashSet<>(Templates.ids());
        UserTemplates.saveNew(patientsHandout(), "Knees", "First.", folder, taken);
        Path second = UserTemplates.saveNew(patientsHandout(), "Knees", "Second.", folder, taken);
        assertEquals("knees-2.json", second.getFileName().toString());
        UserTemplates.Entry entry = UserTemplates.load(LibraryLoader.bundled(), null, folder).entries().stream()
                .filter(e -> e.template().id().equals("knees-2")).findFirst().orElseThrow();
        UserTemplates.rename(entry, "Knees after surgery", "For the post-op clinic.");
        UserTemplates.Entry renamed = UserTemplates.load(LibraryLoader.bundled(), null, folder).entries().stream()
                .filter(e -> e.template().id().equals("knees-2")).findFirst().orElseThrow();
        assertEquals("Knees after surgery", renamed.template().title());
        UserTemplates.delete(renamed);
        assertFalse(Files.exists(second));
    }

    @Test
    void aTemplateTakingABundledIdOrNamingAMissingItemIsLeftOutAndSaid() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared/templates"));
        Files.writeString(shared.resolve("clash.json"), """
                {"schemaVersion": 1, "id": "acute-low-back-pain", "title": "Ours", "description": "Ours.",
                 "kind": "programme", "items": [{"ref": "bridge"}]}""");
        Files.writeString(shared.resolve("gone.json"), """
                {"schemaVersion": 1, "id": "gone", "title": "Gone", "description": "Uses a deleted item.",
                 "kind": "programme", "items": [{"ref": "our-deleted-exercise"}]}""");
        Files.writeString(shared.resolve("team.json"), """
                {"schemaVersion": 1, "id": "team", "title": "Team", "description": "The team's.",
                 "kind": "programme", "items": [{"ref": "bridge"}]}""");
        var loaded = UserTemplates.load(LibraryLoader.bundled(), shared, null);
        assertEquals(2, loaded.problems().size(), loaded.problems().toString());
        assertTrue(loaded.problems().get(0).describe().contains("already used by another template"));
        assertTrue(loaded.problems().get(1).describe().contains("our-deleted-exercise"));
        assertEquals(Library.Origin.SHARED, loaded.entries().get(loaded.entries().size() - 1).origin());
    }
}
