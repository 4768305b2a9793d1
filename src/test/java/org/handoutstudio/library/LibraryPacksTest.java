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
        var failure = assertThrows(LibraryPacks.PackException.class, () -> LibraryPacks.importPack(zip, library));
        try (var listing = Files.list(library)) {
            assertEquals(0, listing.count(), "nothing is imported from a refused pack");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return failure.getMessage();
    }

    @Test
    void exportThenImportRoundTrips() throws Exception {
        Path source = Files.createDirectories(folder.resolve("source"));
        Files.writeString(source.resolve("ours.json"), VALID);
        Files.createDirectories(source.resolve("images"));
        Files.write(source.resolve("images/ours.png"), PNG);
        Path pack = folder.resolve("practice.zip");
        assertEquals(List.of("images/ours.png", "ours.json"), LibraryPacks.exportPack(source, pack));
        Path target = folder.resolve("library");
        assertEquals(2, LibraryPacks.importPack(pack, target).size());
        assertEquals(VALID, Files.readString(target.resolve("ours.json")));
        assertTrue(UserLibrary.load(LibraryLoader.bundled(), null, target).library().contains("ours"));
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        assertTrue(refused(zip("../escape.json", VALID.getBytes(StandardCharsets.UTF_8))).contains("not an allowed file name"));
        assertTrue(refused(zip("/etc/passwd.json", VALID.getBytes(StandardCharsets.UTF_8))).contains("not an allowed"));
        assertFalse(Files.exists(folder.resolve("escape.json")));
    }

    @Test
    void otherFileTypesAreRefused() throws Exception {
        assertTrue(refused(zip("run.sh", "echo hi".getBytes(StandardCharsets.UTF_8))).contains("not a JSON file"));
        assertTrue(refused(zip("fake.png", "not an image".getBytes(StandardCharsets.UTF_8))).contains("not a PNG"));
    }

    @Test
    void invalidJsonIsRefusedNamingTheProblem() throws Exception {
        String message = refused(zip("bad.json", "{\"schemaVersion\": 1, \"items\": [{\"type\": \"advice\"}]}"
                .getBytes(StandardCharsets.UTF_8)));
        assertTrue(message.startsWith("bad.json"), message);
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
        assertTrue(refused(notZip).contains("no library files") || refused(notZip).contains("zip"));
    }
}
