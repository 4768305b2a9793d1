package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserLibraryTest {

    static final String OWN_ADVICE = """
            {"schemaVersion": 1, "items": [{"type": "advice", "id": "%s", "title": "%s", "summary": "Ours.",
             "blocks": [{"kind": "paragraph", "text": "Our own words."}],
             "provenance": {"version": "1.0.0", "lastReviewed": "2026-11-01", "nextReview": "2029-11-01",
                            "sources": ["Practice consensus"], "author": "Riverside Physiotherapy"}}]}""";

    @Test
    void userItemsAddToAndOverrideTheBundledOnes(@TempDir Path folder) throws Exception {
        Path user = Files.createDirectories(folder.resolve("user"));
        Files.writeString(user.resolve("ours.json"), OWN_ADVICE.formatted("keep-moving", "Our keep moving"));
        Files.writeString(user.resolve("new.json"), OWN_ADVICE.formatted("parking-at-the-clinic", "Parking"));
        var result = UserLibrary.load(LibraryLoader.bundled(), null, user);
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        Library library = result.library();
        assertEquals(LibraryLoader.bundled().size() + 1, library.size());
        Library.Entry replaced = library.entry("keep-moving").orElseThrow();
        assertEquals("Our keep moving", replaced.item().title());
        assertEquals(Library.Origin.USER, replaced.origin());
        assertTrue(replaced.overridesBundled());
        assertEquals(Library.Origin.USER, library.entry("parking-at-the-clinic").orElseThrow().origin());
    }

    @Test
    void aBadUserFileIsReportedAndSkipped(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("broken.json"), "{\"schemaVersion\": 1, \"items\": [ {\"type\": ");
        Files.writeString(folder.resolve("good.json"), OWN_ADVICE.formatted("ours", "Ours"));
        var result = UserLibrary.load(LibraryLoader.bundled(), null, folder);
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).file().endsWith("broken.json"));
        assertTrue(result.library().contains("ours"));
    }

    @Test
    void sharedFolderIsUnderTheUsersOwn(@TempDir Path folder) throws Exception {
        Path shared = Files.createDirectories(folder.resolve("shared"));
        Path user = Files.createDirectories(folder.resolve("user"));
        Files.writeString(shared.resolve("a.json"), OWN_ADVICE.formatted("team-item", "From the practice"));
        Files.writeString(user.resolve("a.json"), OWN_ADVICE.formatted("team-item", "My version"));
        Library library = UserLibrary.load(LibraryLoader.bundled(), shared, user).library();
        assertEquals("My version", library.find("team-item").orElseThrow().title());
    }
}
