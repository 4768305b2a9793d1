package org.handoutstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read, never past a cap, and a named file stays in its namer's folder. */
class SafeFilesTest {

    @TempDir
    Path folder;

    @Test
    void devicesPipesAndFoldersAreRefusedBeforeAnythingIsRead() throws Exception {
        Path zero = Files.createSymbolicLink(folder.resolve("zero.json"), Path.of("/dev/zero"));
        Path pipe = folder.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "needs mkfifo");
        for (Path special : new Path[] {zero, pipe}) {
            IOException refused = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(IOException.class, () -> SafeFiles.read(special, 1024)));
            assertTrue(SafeFiles.reason(refused).contains("not an ordinary file"), SafeFiles.reason(refused));
        }
        assertEquals("is a folder, not a file", SafeFiles.reason(assertThrows(IOException.class,
                () -> SafeFiles.read(folder, 1024))));
    }

    @Test
    void aFileLargerThanTheCapIsRefused() throws IOException {
        Path file = Files.write(folder.resolve("big.json"), new byte[2048]);
        assertEquals(2048, SafeFiles.read(file, 2048).length);
        IOException refused = assertThrows(IOException.class, () -> SafeFiles.read(file, 2047));
        assertTrue(SafeFiles.reason(refused).contains("is larger than"), SafeFiles.reason(refused));
    }

    @Test
    void aNamedFileMustStayInTheNamingFilesFolder() throws IOException {
        Path library = Files.createDirectories(folder.resolve("library"));
        Path naming = library.resolve("ours.json");
        Files.createDirectories(library.resolve("photos"));
        Files.writeString(folder.resolve("secret.png"), "x");
        Files.createSymbolicLink(library.resolve("link.png"), folder.resolve("secret.png"));
        Files.createSymbolicLink(library.resolve("photos-link"), folder);
        assertEquals(library.resolve("photos/a.png"), SafeFiles.resolveBeside(naming, "photos/a.png"));
        assertEquals(library.resolve("a.png"), SafeFiles.resolveBeside(naming, "photos/../a.png"));
        for (String outside : new String[] {"../secret.png", "photos/../../secret.png", folder + "/secret.png", "/etc/passwd",
                "link.png", "photos-link/secret.png"}) {
            IOException refused = assertThrows(IOException.class, () -> SafeFiles.resolveBeside(naming, outside), outside);
            assertTrue(SafeFiles.reason(refused).startsWith("is outside the folder " + library), SafeFiles.reason(refused));
        }
    }

    @Test
    void pathsToOneFileAreRecognisedHoweverTheyAreWritten() throws IOException {
        Path file = Files.writeString(folder.resolve("h.json"), "{}");
        Files.createDirectories(folder.resolve("sub"));
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), file);
        Path where = SafeFiles.whereItIs(file);
        assertEquals(where, SafeFiles.whereItIs(folder.resolve("sub/../h.json")));
        assertEquals(where, SafeFiles.whereItIs(link));
        assertEquals(SafeFiles.whereItIs(folder).resolve("new.pdf"), SafeFiles.whereItIs(folder.resolve("sub/../new.pdf")));
    }
}
