package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.handoutstudio.TestImages;
import org.handoutstudio.io.RasterImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryFolderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    static Advice advice(String id, String title, String version, String author) {
        return new Advice(id, title, "Ours.", List.of(BodyRegion.KNEE), List.of(),
                List.of(new TextBlock.Paragraph("Our own words.")),
                new Provenance(version, DAY, DAY.plusYears(3), List.of("Practice consensus"), author, null));
    }

    static Exercise exerciseWithPhoto(String id, String photo) {
        Exercise bridge = (Exercise) LibraryLoader.bundled().find("bridge").orElseThrow();
        return new Exercise(id, "Our bridge", List.of(), bridge.purpose(), bridge.category(), bridge.bodyRegions(),
                bridge.position(), bridge.equipment(), bridge.startingPosition(), bridge.steps(), bridge.youShouldFeel(),
                bridge.commonMistake(), bridge.easier(), bridge.harder(), bridge.dosage(), bridge.figure(), photo, null,
                bridge.altText(), List.of(), List.of(), Provenance.first("A Physio", DAY, List.of("Practice consensus")));
    }

    private static List<LibraryItem> readFile(Path file) throws Exception {
        return LibraryLoader.read(new ByteArrayInputStream(Files.readAllBytes(file)), file.toString());
    }

    @Test
    void eachSavedItemGetsAFileTheLibraryLoads() throws Exception {
        LibraryFolder folder = new LibraryFolder(dir.resolve("library"));
        Path file = folder.save(advice("parking", "Parking", "1.0.0", "A Physio"), null, false);
        assertEquals(dir.resolve("library/parking.json"), file);
        assertEquals("Parking", readFile(file).get(0).title());
        Library library = UserLibrary.load(LibraryLoader.bundled(), null, folder.path()).library();
        assertEquals(Library.Origin.USER, library.entry("parking").orElseThrow().origin());
        try (var listing = Files.list(folder.path())) {
            assertEquals(1, listing.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anItemInAHandWrittenFileIsReplacedWhereItIsAndTheOthersKept() throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        Files.writeString(library.resolve("ours.json"), """
                {"schemaVersion": 1, "items": [%s, %s]}""".formatted(
                UserLibraryTest.OWN_ADVICE.formatted("first", "First").replaceAll("(?s)^.*\"items\": \\[(.*)\\]}$", "$1"),
                UserLibraryTest.OWN_ADVICE.formatted("second", "Second").replaceAll("(?s)^.*\"items\": \\[(.*)\\]}$", "$1")));
        LibraryFolder folder = new LibraryFolder(library);
        folder.save(advice("second", "Second, reworded", "1.0.1", "A Physio"), "1.0.0", false);
        List<LibraryItem> items = readFile(library.resolve("ours.json"));
        assertEquals(List.of("First", "Second, reworded"), items.stream().map(LibraryItem::title).toList());
        assertFalse(Files.exists(library.resolve("second.json")));
    }

    @Test
    void aSaveOverSomeoneElsesNewerVersionIsStoppedAndSaysWhose() throws Exception {
        LibraryFolder folder = new LibraryFolder(dir.resolve("shared"));
        folder.save(advice("team-advice", "Team advice", "1.0.0", "First Physio"), null, false);
        // Two clinicians open version 1.0.0; the other one saves first.
        folder.save(advice("team-advice", "Their words", "1.0.1", "Other Physio"), "1.0.0", false);
        var conflict = assertThrows(LibraryFolder.ConflictException.class,
                () -> folder.save(advice("team-advice", "My words", "1.0.1", "First Physio"), "1.0.0", false));
        assertEquals("Other Physio", conflict.onDisk().provenance().author());
        assertTrue(conflict.getMessage().contains("version 1.0.1 by Other Physio"), conflict.getMessage());
        assertEquals("Their words", folder.find("team-advice").orElseThrow().item().title(), "nothing was overwritten");
        folder.save(advice("team-advice", "My words", "1.0.2", "First Physio"), "1.0.0", true);
        assertEquals("My words", folder.find("team-advice").orElseThrow().item().title());
    }

    @Test
    void aNewItemWithAnIdTheFolderHasIsAConflictToo() throws Exception {
        LibraryFolder folder = new LibraryFolder(dir.resolve("library"));
        folder.save(advice("parking", "Parking", "1.0.0", "A Physio"), null, false);
        assertThrows(LibraryFolder.ConflictException.class,
                () -> folder.save(advice("parking", "Other parking", "1.0.0", "B Physio"), null, false));
    }

    @Test
    void photosAreCheckedThenCopiedIntoTheFolder() throws Exception {
        LibraryFolder folder = new LibraryFolder(dir.resolve("library"));
        Path photo = Files.write(dir.resolve("IMG_0001.JPG"), TestImages.jpeg(60, 40));
        String named = folder.importPhoto(photo, "our-bridge");
        assertEquals("photos/our-bridge.jpg", named);
        assertTrue(Arrays.equals(Files.readAllBytes(photo), Files.readAllBytes(folder.path().resolve(named))));
        folder.save(exerciseWithPhoto("our-bridge", named), null, false);
        Library library = UserLibrary.load(LibraryLoader.bundled(), null, folder.path()).library();
        assertEquals(folder.path().resolve(named).toString(),
                ((Exercise) library.find("our-bridge").orElseThrow()).photo());

        assertTrue(folder.delete("our-bridge"));
        assertFalse(Files.exists(folder.path().resolve(named)), "the deleted item's own photo goes with it");
        assertFalse(Files.exists(folder.path().resolve("our-bridge.json")));
        assertFalse(folder.delete("our-bridge"));
    }

    @Test
    void aPhotoFromOutsideIsCopiedInWhenTheItemIsSaved() throws Exception {
        LibraryFolder folder = new LibraryFolder(dir.resolve("shared"));
        Path elsewhere = Files.write(dir.resolve("mine.png"), TestImages.png(30, 30));
        folder.save(exerciseWithPhoto("our-bridge", elsewhere.toString()), null, false);
        Exercise saved = (Exercise) folder.find("our-bridge").orElseThrow().item();
        assertEquals("photos/our-bridge.png", saved.photo());
        assertTrue(Files.exists(folder.path().resolve("photos/our-bridge.png")));
    }

    @Test
    void badPhotosAreRefusedAndNothingIsWritten() throws Exception {
        LibraryFolder folder = new LibraryFolder(dir.resolve("library"));
        Path text = Files.writeString(dir.resolve("notes.png"), "these are my notes, not a picture");
        Path truncated = Files.write(dir.resolve("cut.png"), Arrays.copyOf(TestImages.png(200, 200), 60));
        Path huge = Files.write(dir.resolve("huge.png"), TestImages.pngHeader(30_000, 30_000));
        assertTrue(assertThrows(RasterImages.ImageException.class, () -> folder.importPhoto(text, "a")).getMessage()
                .contains("is not a PNG or JPEG image"));
        assertTrue(assertThrows(RasterImages.ImageException.class, () -> folder.importPhoto(truncated, "a")).getMessage()
                .contains("cannot be decoded"));
        assertTrue(assertThrows(RasterImages.ImageException.class, () -> folder.importPhoto(huge, "a")).getMessage()
                .contains("30,000 x 30,000"));
        assertFalse(Files.exists(folder.path().resolve(LibraryFolder.PHOTOS)));
    }

    @Test
    void aFolderThatCannotBeMadeIsNotWritable() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertFalse(new LibraryFolder(file.resolve("library")).isWritable());
        assertTrue(new LibraryFolder(dir.resolve("library")).isWritable());
    }
}
