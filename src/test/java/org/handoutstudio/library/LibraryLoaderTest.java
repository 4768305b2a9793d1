package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.Json;
import org.handoutstudio.io.Problem;
import org.handoutstudio.io.SchemaVersions;
import org.junit.jupiter.api.Test;

class LibraryLoaderTest {

    private static final String PROVENANCE = """
            "provenance": {"version": "1.0.0", "lastReviewed": "2026-11-20", "nextReview": "2029-11-20",
                           "sources": ["NICE NG59"], "author": "Test"}""";

    private static final String ADVICE = """
            {"type": "advice", "id": "%s", "title": "A title", "summary": "A summary",
             "blocks": [{"kind": "paragraph", "text": "Hello."}], %s}""";

    private static InvalidContentException failure(String json) {
        return assertThrows(InvalidContentException.class, () -> LibraryLoader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"));
    }

    private static String file(String... items) {
        return "{\"schemaVersion\": 1, \"items\": [" + String.join(",", items) + "]}";
    }

    @Test
    void bundledLibraryHasTheGovernedContent() {
        Library library = LibraryLoader.bundled();
        Map<ItemType, Long> counts = library.items().stream()
                .collect(Collectors.groupingBy(LibraryItem::type, Collectors.counting()));
        assertTrue(counts.get(ItemType.EXERCISE) >= 90, "exercises: " + counts);
        assertTrue(counts.get(ItemType.ADVICE) >= 45, "advice: " + counts);
        assertTrue(counts.get(ItemType.SAFETY_NETTING) >= 14, "safety-netting: " + counts);
        for (LibraryItem item : library.items()) {
            Provenance provenance = item.provenance();
            assertFalse(provenance.sources().isEmpty(), item.id());
            assertTrue(provenance.nextReview().isAfter(LocalDate.of(2027, 1, 1)), item.id());
        }
    }

    /** Every body region has its own "when to get help", with all three tiers. */
    @Test
    void everyRegionHasSafetyNettingWithAllThreeTiers() {
        var safetyNetting = LibraryLoader.bundled().items().stream().filter(SafetyNetting.class::isInstance)
                .map(SafetyNetting.class::cast).filter(item -> item.sections().size() == 3).toList();
        for (BodyRegion region : BodyRegion.values()) {
            assertTrue(safetyNetting.stream().anyMatch(item -> item.bodyRegions().contains(region)), region.name());
        }
        for (SafetyNetting item : safetyNetting) {
            assertEquals(List.of(Tier.EMERGENCY, Tier.URGENT, Tier.ROUTINE),
                    item.sections().stream().map(SafetyNetting.Section::tier).toList(), item.id());
        }
    }

    /**
     * Same-day care comes from the GP practice, or the out-of-hours route when it is closed: the
     * practice's own number (often a physiotherapy clinic) belongs to routine care only.
     */
    @Test
    void urgentTiersSendPeopleToTheirGpPracticeNotThePracticePhone() {
        for (LibraryItem item : LibraryLoader.bundled().items()) {
            if (item instanceof SafetyNetting safety) {
                for (SafetyNetting.Section section : safety.sections()) {
                    String routes = section.whatToDo() + " " + section.whoToContact();
                    if (section.tier() == Tier.URGENT) {
                        assertFalse(routes.contains("{practice.phone}"), safety.id() + ": " + routes);
                        assertTrue(routes.contains("GP practice") && routes.contains("{practice.outOfHours}"),
                                safety.id() + ": " + routes);
                    }
                    if (section.tier() == Tier.EMERGENCY) {
                        assertTrue(routes.contains("999") || routes.contains("A&E"), safety.id() + ": " + routes);
                    }
                }
            }
        }
    }

    @Test
    void everyTierIsCoveredAndCaudaEquinaIsAnEmergency() {
        Library library = LibraryLoader.bundled();
        var tiers = library.items().stream().filter(SafetyNetting.class::isInstance).map(SafetyNetting.class::cast)
                .flatMap(item -> item.sections().stream()).map(SafetyNetting.Section::tier)
                .collect(Collectors.toSet());
        assertEquals(3, tiers.size());
        SafetyNetting cauda = (SafetyNetting) library.find("cauda-equina-emergency").orElseThrow();
        assertEquals(Tier.EMERGENCY, cauda.sections().get(0).tier());
        assertTrue(cauda.sections().get(0).lookOutFor().size() >= 10);
    }

    @Test
    void validFileLoads() {
        var items = LibraryLoader.read(new ByteArrayInputStream(file(ADVICE.formatted("one", PROVENANCE))
                .getBytes(StandardCharsets.UTF_8)), "test.json");
        assertEquals("one", items.get(0).id());
    }

    @Test
    void unknownFieldIsNamedWithLineAndColumn() {
        String json = file(ADVICE.formatted("one", PROVENANCE).replace("\"title\"", "\"colour\": 1, \"title\""));
        Problem problem = failure(json).problems().get(0);
        assertTrue(problem.message().contains("unknown field \"colour\""), problem.describe());
        assertEquals("items[0].colour", problem.path());
        assertTrue(problem.line() > 0 && problem.column() > 0, problem.describe());
        assertTrue(problem.describe().startsWith("test.json:"), problem.describe());
    }

    @Test
    void wrongTypeIsNamed() {
        String json = file("""
                {"type": "exercise", "id": "x", "name": "X", "dosage": {"reps": "ten"}}""");
        Problem problem = failure(json).problems().get(0);
        assertEquals("items[0].dosage.reps", problem.path());
        assertTrue(problem.message().contains("whole number"), problem.describe());
    }

    @Test
    void everyMissingRequiredFieldIsReported() {
        String json = file("""
                {"type": "advice", "id": "one", "blocks": []}""");
        var problems = failure(json).problems();
        var paths = problems.stream().map(Problem::path).toList();
        assertTrue(paths.contains("items[0].title"), paths.toString());
        assertTrue(paths.contains("items[0].summary"), paths.toString());
        assertTrue(paths.contains("items[0].blocks"), paths.toString());
        assertTrue(paths.contains("items[0].provenance"), paths.toString());
    }

    @Test
    void duplicateIdIsReported() {
        String json = file(ADVICE.formatted("same", PROVENANCE), ADVICE.formatted("same", PROVENANCE));
        Problem problem = failure(json).problems().get(0);
        assertEquals("items[1].id", problem.path());
        assertTrue(problem.message().contains("used twice"), problem.describe());
    }

    @Test
    void newerSchemaIsRefusedInWords() {
        String json = "{\"schemaVersion\": 99, \"items\": []}";
        assertTrue(failure(json).getMessage().contains("made by a newer version of Handout Studio"));
    }

    @Test
    void olderSchemaVersionsAreMigratedStepByStep() throws Exception {
        var old = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree("{\"schemaVersion\": 1, \"name\": \"x\"}");
        var migrated = SchemaVersions.migrate(old, 3, "old.json",
                document -> document.set("title", document.remove("name")),
                document -> document.put("kind", "leaflet"));
        assertEquals(3, migrated.get("schemaVersion").asInt());
        assertEquals("x", migrated.get("title").asText());
        assertEquals("leaflet", migrated.get("kind").asText());
    }

    @Test
    void brokenJsonGivesLineAndColumn() {
        Problem problem = failure("{\"schemaVersion\": 1,\n \"items\": [ {\"type\": \"advice\", } ]}").problems().get(0);
        assertEquals(2, problem.line(), problem.describe());
        assertTrue(problem.message().startsWith("not valid JSON"), problem.describe());
    }

    @Test
    void deepNestingIsStoppedByLimits() {
        String json = "{\"schemaVersion\": 1, \"items\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        String message = failure(json).getMessage();
        assertTrue(message.contains("nests lists and objects more than 64 deep"), message);
        assertFalse(message.contains("StreamReadConstraints") || message.contains("[Source"), message);
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        String json = file("""
                {"type": "exercise", "id": "x", "category": "dancing"}""");
        Problem problem = failure(json).problems().get(0);
        assertEquals("items[0].category", problem.path());
        assertTrue(problem.message().contains("mobility"), problem.describe());
    }
}
