package org.handoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.handoutstudio.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryAndValidateCommandTest {

    @Test
    void libraryJsonListsEveryItemWithProvenance() throws Exception {
        CliTest.Result result = CliTest.run("library", "--json");
        assertEquals(0, result.code(), result.err());
        JsonNode items = Json.mapper().readTree(result.out());
        assertTrue(items.size() >= 44);
        for (JsonNode item : items) {
            assertTrue(Set.of("exercise", "advice", "safety-netting").contains(item.get("type").asText()));
            assertTrue(item.hasNonNull("id") && item.hasNonNull("title"));
            assertTrue(item.path("provenance").hasNonNull("nextReview"), item.toString());
            if (item.get("type").asText().equals("exercise")) {
                assertTrue(item.hasNonNull("figure"), item.toString());
            }
        }
    }

    @Test
    void validatePrintsEveryProblemWithFileAndPath(@TempDir Path folder) throws Exception {
        Path handout = folder.resolve("bad.handout.json");
        Files.writeString(handout, """
                {"schemaVersion": 1, "title": "", "items": [{"ref": "no-such-item"}, {"ref": "bridge", "dosage": {"reps": 5000}}]}""");
        CliTest.Result result = CliTest.run("validate", handout.toString());
        assertEquals(2, result.code());
        assertTrue(result.out().contains(handout + ": title: is required"), result.out());
        assertTrue(result.out().contains("items[0].ref: no library item has the id \"no-such-item\""), result.out());
        assertTrue(result.out().contains("items[1].dosage.reps: must be between 1 and 100"), result.out());
    }

    @Test
    void unknownPlaceholdersAreRefusedAndThePreviewShowsThemAsWritten(@TempDir Path folder) throws Exception {
        Path handout = folder.resolve("placeholder.handout.json");
        Files.writeString(handout, """
                {"schemaVersion": 1, "title": "Call {practice.fax}", "items": []}""");
        CliTest.Result result = CliTest.run("validate", handout.toString());
        assertEquals(4, result.code(), result.out());
        assertTrue(result.out().contains("unknown placeholder {practice.fax}"), result.out());
        var pages = org.handoutstudio.TestHandouts.layout(org.handoutstudio.handout.Handout.blank("Call {practice.fax}")
                .withItems(java.util.List.of(org.handoutstudio.handout.HandoutItem.freeText("Contact",
                        java.util.List.of(new org.handoutstudio.library.TextBlock.Paragraph("Ring {practice.fax} or {practice.phone}."))))));
        String text = pages.pages().get(0).items().stream().filter(org.handoutstudio.layout.PageItem.TextRun.class::isInstance)
                .map(item -> ((org.handoutstudio.layout.PageItem.TextRun) item).text()).reduce("", String::concat);
        assertTrue(text.contains("{practice.fax}") && text.contains("your GP practice"), text);
    }

    @Test
    void validateAcceptsEveryBundledKind(@TempDir Path folder) throws Exception {
        Path template = Path.of("templates/acute-low-back-pain.json");
        Path library = Path.of("assets/library/exercises.json");
        Path branding = Files.writeString(folder.resolve("branding.json"), "{\"schemaVersion\": 1, \"practiceName\": \"X\"}");
        CliTest.Result result = CliTest.run("validate", template.toString(), library.toString(), branding.toString());
        assertEquals(0, result.code(), result.out());
        assertTrue(result.out().contains("OK (template)") && result.out().contains("OK (library)")
                && result.out().contains("OK (branding)"), result.out());
    }

    @Test
    void newWritesAHandoutThatValidates(@TempDir Path folder) {
        Path file = folder.resolve("mine.handout.json");
        assertEquals(0, CliTest.run("new", "--template", "sciatica-leg-pain", "-o", file.toString()).code());
        CliTest.Result result = CliTest.run("validate", file.toString());
        assertEquals(0, result.code(), result.out());
    }
}
