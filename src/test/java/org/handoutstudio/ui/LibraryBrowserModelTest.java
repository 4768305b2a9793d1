package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handoutstudio.io.Json;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.ItemType;
import org.handoutstudio.library.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryBrowserModelTest {

    @TempDir
    Path dataDir;

    @Test
    void searchFiltersByTypeRegionPositionAndEquipment() {
        LibraryBrowserModel library = TestEditor.model(dataDir).library();
        int everything = library.results().size();
        library.typeFilterProperty().set(ItemType.EXERCISE);
        library.positionFilterProperty().set(Position.CHAIR);
        assertFalse(library.results().isEmpty());
        assertTrue(library.results().size() < everything);
        assertTrue(library.results().stream().allMatch(item -> item instanceof Exercise e && e.position() == Position.CHAIR));
        library.queryProperty().set("zzzz");
        assertTrue(library.results().isEmpty());
    }

    /** A practice may reword a bundled item by giving its own the same id; the list says which those are. */
    @Test
    void itemsFromTheUsersLibrarySaySoAndWhetherTheyOverrideABundledOne() throws Exception {
        Path library = Files.createDirectories(dataDir.resolve("library"));
        String exercise = Json.mapper().readTree(Files.readString(Path.of("assets/library/exercises.json"))).path("items")
                .get(6).toString();
        Files.writeString(library.resolve("ours.json"), "{\"schemaVersion\": 1, \"items\": ["
                + exercise.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"knee-rolls\"") + ", "
                + exercise.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"our-own\"") + "]}");
        LibraryBrowserModel browser = TestEditor.model(dataDir).library();
        var overriding = browser.library().find("knee-rolls").orElseThrow();
        var own = browser.library().find("our-own").orElseThrow();
        assertEquals(Optional.of("your library \u00B7 overrides the bundled item"), browser.originOf(overriding));
        assertEquals(Optional.of("your library"), browser.originOf(own));
        assertEquals(Optional.empty(), browser.originOf(browser.library().find("bridge").orElseThrow()));
    }

    @Test
    void equipmentChoicesAreEveryWordTheExercisesUseOnce() {
        LibraryBrowserModel library = TestEditor.model(dataDir).library();
        assertTrue(library.equipmentChoices().contains("chair"), library.equipmentChoices().toString());
        assertEquals(library.equipmentChoices().stream().distinct().sorted().toList(), library.equipmentChoices());
        library.equipmentFilterProperty().set("chair");
        assertTrue(library.results().stream().allMatch(item -> item instanceof Exercise e && e.equipment().contains("chair")));
    }

    @Test
    void showingEveryItemOfATypeClearsTheSearch() {
        LibraryBrowserModel library = TestEditor.model(dataDir).library();
        library.queryProperty().set("bridge");
        library.showAll(ItemType.SAFETY_NETTING);
        assertEquals("", library.queryProperty().get());
        assertFalse(library.results().isEmpty());
        assertTrue(library.results().stream().allMatch(item -> item.type() == ItemType.SAFETY_NETTING));
    }

    @Test
    void itemsPastTheirReviewDateAreMarked() throws Exception {
        Path library = Files.createDirectories(dataDir.resolve("library"));
        Files.writeString(library.resolve("old.json"), """
                {"schemaVersion": 1, "items": [{"type": "advice", "id": "old-advice", "title": "Old", "summary": "Old.",
                 "blocks": [{"kind": "paragraph", "text": "Old words."}],
                 "provenance": {"version": "1.0.0", "lastReviewed": "2020-01-01", "nextReview": "2023-01-01",
                                "sources": ["Practice consensus"], "author": "A Physio"}}]}""");
        LibraryBrowserModel browser = TestEditor.model(dataDir).library();
        assertTrue(browser.isOverdue(browser.library().find("old-advice").orElseThrow()));
        assertFalse(browser.isOverdue(browser.library().find("bridge").orElseThrow()));
    }
}
