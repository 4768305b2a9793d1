package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.handoutstudio.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryPacksTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    private static final String VALID = UserLibraryTest.OWN_ADVICE.formatted("ours", "Ours");

    @TempDir
    Path folder;

    private Path zip(String name, byte[]... contents) throws Exception {
        return zipOf(List.of(name), contents);
    }

    private Path zipOf(List<String> names, byte[]... contents) throws Exception {
        Path zip = Files.createTempFile(folder, "pack", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zipOut.putNextEntry(new ZipEntry(names.get(i)));
                zipOut.write(contents[i]);
                zipOut.closeEntry();
            }
        }
        return zip;
    }

    private String refused(Path zip) {
        Path library = folder.resolve("library");
        var failure = assertThrows(LibraryPacks.PackException.class,
                () -> LibraryPacks.importInto(LibraryPacks.read(zip), new LibraryFolder(library), true));
        assertFalse(Files.exists(library), "nothing is imported from a refused pack");
        return failure.getMessage();
    }

    @Test
    void exportThenImportRoundTripsItemsAndPhotosOneFileEach() throws Exception {
        Path source = Files.createDirectories(folder.resolve("source"));
        Files.write(source.resolve("mine.png"), TestImages.png(40, 40));
        LibraryFolder mine = new LibraryFolder(source);
        mine.save(LibraryFolderTest.advice("ours", "Ours", "1.0.0", "A Physio"), null, false);
        mine.save(LibraryFolderTest.exerciseWithPhoto("our-bridge", "mine.png"), null, false);
        Library library = UserLibrary.load(LibraryLoader.bundled(), null, source).library();
        List<LibraryItem> items = List.of(library.find("ours").orElseThrow(), library.find("our-bridge").orElseThrow());

        Path pack = folder.resolve("practice.zip");
        assertEquals(List.of("ours.json", "photos/our-bridge.png", "our-bridge.json"), LibraryPacks.exportItems(items, pack));
        LibraryFolder target = new LibraryFolder(folder.resolve("library"));
        LibraryPacks.Pack read = LibraryPacks.read(pack);
        LibraryPacks.Plan plan = LibraryPacks.plan(read, target, LibraryLoader.bundled());
        assertEquals(2, plan.adds().size());
        assertEquals(List.of("our-bridge", "ours"), LibraryPacks.importInto(read, target, false));
        Library imported = UserLibrary.load(LibraryLoader.bundled(), null, target.path()).library();
        Exercise bridge = (Exercise) imported.find("our-bridge").orElseThrow();
        assertEquals(target.path().resolve("photos/our-bridge.png").toString(), bridge.photo());
        assertTrue(Files.exists(target.path().resolve("ours.json")));
    }

    @Test
    void aPlanSaysWhatIsNewWhatReplacesAndWhatOverridesABundledItem() throws Exception {
        LibraryFolder target = new LibraryFolder(folder.resolve("library"));
        target.save(LibraryFolderTest.advice("ours", "Ours", "1.0.0", "A Physio"), null, false);
        Path pack = zipOf(List.of("a.json", "b.json", "c.json"),
                VALID.getBytes(StandardCharsets.UTF_8),
                UserLibraryTest.OWN_ADVICE.formatted("keep-moving", "Our keep moving").getBytes(StandardCharsets.UTF_8),
                UserLibraryTest.OWN_ADVICE.formatted("brand-new", "New").getBytes(StandardCharsets.UTF_8));
        LibraryPacks.Plan plan = LibraryPacks.plan(LibraryPacks.read(pack), target, LibraryLoader.bundled());
        assertEquals(List.of("brand-new", "keep-moving"), plan.adds().stream().map(LibraryItem::id).toList());
        assertEquals(List.of("ours"), plan.replaces().stream().map(LibraryItem::id).toList());
        assertEquals(List.of("keep-moving"), plan.overridesBundled().stream().map(LibraryItem::id).toList());

        var refusal = assertThrows(LibraryPacks.PackException.class,
                () -> LibraryPacks.importInto(LibraryPacks.read(pack), target, false));
        assertTrue(refusal.getMessage().contains("already has ours"), refusal.getMessage());
        assertFalse(Files.exists(target.path().resolve("brand-new.json")), "nothing written when it would replace");
        LibraryPacks.importInto(LibraryPacks.read(pack), target, true);
        assertTrue(Files.exists(target.path().resolve("brand-new.json")));
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        assertTrue(refused(zip("../escape.json", VALID.getBytes(StandardCharsets.UTF_8))).contains("not an allowed file name"));
        assertTrue(refused(zip("/etc/passwd.json", VALID.getBytes(StandardCharsets.UTF_8))).contains("not an allowed"));
        assertFalse(Files.exists(folder.resolve("escape.json")));
    }

    @Test
    void aPhotoNamedButNotInThePackIsRefused() throws Exception {
        String exercise = """
                {"schemaVersion": 1, "items": [%s]}""".formatted(new String(org.handoutstudio.io.Json.mapper()
                .writeValueAsBytes(LibraryFolderTest.exerciseWithPhoto("our-bridge", "../../home/secret.png")),
                StandardCharsets.UTF_8));
        assertTrue(refused(zip("a.json", exercise.getBytes(StandardCharsets.UTF_8))).contains("is not an image in the pack"));
    }

    @Test
    void otherFileTypesAreRefused() throws Exception {
        assertTrue(refused(zip("run.sh", "echo hi".getBytes(StandardCharsets.UTF_8))).contains("not a JSON file"));
        assertTrue(refused(zip("fake.png", "not an image".getBytes(StandardCharsets.UTF_8))).contains("not a PNG"));
        assertTrue(refused(zip("only.png", PNG)).contains("no library items"));
    }

    @Test
    void invalidJsonIsRefusedNamingTheProblem() throws Exception {
        String message = refused(zip("bad.json", "{\"schemaVersion\": 1, \"items\": [{\"type\": \"advice\"}]}"
                .getBytes(StandardCharsets.UTF_8)));
        assertTrue(message.startsWith("bad.json"), message);
    }

    @Test
    void oneIdTwiceInAPackIsRefused() throws Exception {
        byte[] ours = VALID.getBytes(StandardCharsets.UTF_8);
        assertTrue(refused(zipOf(List.of("a.json", "b.json"), ours, ours)).contains("is also used in a.json"));
    }

    @Test
    void oversizedEntriesAreStoppedWhileReading() throws Exception {
        byte[] huge = new byte[(int) LibraryPacks.MAX_ENTRY_BYTES + 10];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertTrue(refused(zip("big.jpg", huge)).contains("larger than"));
    }

    @Test
    void notAZipIsRefused() throws Exception {
        Path notZip = Files.writeString(folder.resolve("notes.zip"), "hello");
        String message = refused(notZip);
        assertTrue(message.contains("no library files") || message.contains("zip"), message);
    }
}
