package org.handoutstudio.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.library.SafetyNetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    @Test
    void everyBundledTemplateLoadsAndEndsWithSafetyNetting() {
        List<Template> templates = Templates.bundled();
        assertTrue(templates.size() >= 20, templates.size() + " templates");
        var library = LibraryLoader.bundled();
        for (Template template : templates) {
            assertFalse(template.items().isEmpty(), template.id());
            long exercises = template.items().stream()
                    .filter(item -> library.find(item.ref()).orElseThrow() instanceof org.handoutstudio.library.Exercise)
                    .count();
            assertTrue(exercises <= 8, template.id() + " has " + exercises + " exercises; patients do fewer past 8");
            boolean hasSafetyNetting = template.items().stream()
                    .anyMatch(item -> library.find(item.ref()).orElseThrow() instanceof SafetyNetting);
            assertTrue(hasSafetyNetting, template.id() + " has no safety-netting");
        }
    }

    @Test
    void unknownReferenceIsNamed() {
        String json = """
                {"schemaVersion": 1, "id": "t", "title": "T", "description": "D", "kind": "leaflet",
                 "items": [{"ref": "no-such-item"}]}""";
        var failure = assertThrows(InvalidContentException.class, () -> Templates.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json", LibraryLoader.bundled()));
        assertEquals("items[0].ref", failure.problems().get(0).path());
        assertTrue(failure.getMessage().contains("no-such-item"));
    }

    @Test
    void handoutRoundTripsThroughAFile(@TempDir Path folder) throws Exception {
        Handout handout = Templates.find("acute-low-back-pain").orElseThrow().toHandout()
                .withPatient(new PatientDetails("Sam Patient", java.time.LocalDate.of(2026, 11, 22), "Alex", "Physio", null));
        Path file = folder.resolve("sam.handout.json");
        HandoutFiles.writeHandout(file, handout);
        assertEquals(handout, HandoutFiles.readHandout(file, LibraryLoader.bundled()));
        assertEquals(List.of(file), Files.list(folder).toList(), "no temporary file is left behind");
    }

    @Test
    void patientDetailsNeverAppearInToString() {
        var patient = new PatientDetails("Sam Patient", null, null, null, null);
        assertFalse(patient.toString().contains("Sam"));
    }

    @Test
    void lowContrastBrandingIsRejected() {
        String json = "{\"schemaVersion\": 1, \"primaryColour\": \"#FFFF00\"}";
        var failure = assertThrows(InvalidContentException.class, () -> HandoutFiles.readBranding(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "b.json"));
        assertTrue(failure.getMessage().contains("contrast"), failure.getMessage());
        assertEquals("primaryColour", failure.problems().get(0).path());
    }
}
