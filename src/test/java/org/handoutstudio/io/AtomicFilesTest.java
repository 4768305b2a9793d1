package org.handoutstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving never leaves half a file, never replaces what is not a file, and tidies up after a crash. */
class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void theTemporaryFileIsRecognisablyOursAndGoneAfterwards() throws IOException {
        Path target = folder.resolve("exercises.pdf");
        List<String> seenWhileWriting = new ArrayList<>();
        AtomicFiles.write(target, out -> {
            try (Stream<Path> files = Files.list(folder)) {
                files.forEach(file -> seenWhileWriting.add(file.getFileName().toString()));
            }
            out.write(new byte[] {1, 2, 3});
        });
        assertEquals(1, seenWhileWriting.size(), seenWhileWriting.toString());
        assertTrue(seenWhileWriting.get(0).matches("\\.handout-studio-exercises\\.pdf\\.\\d+\\.tmp"), seenWhileWriting.toString());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void staleTemporaryFilesOfOursAreRemovedAtTheNextWriteAndNothingElse() throws IOException {
        Path stale = touch(".handout-studio-old.pdf.123.tmp", Instant.now().minusSeconds(120));
        Path young = touch(".handout-studio-busy.pdf.456.tmp", Instant.now().minusSeconds(10));
        Path someoneElses = touch(".old.pdf.789.tmp", Instant.now().minusSeconds(3600));
        Path userFile = touch("notes.tmp", Instant.now().minusSeconds(3600));
        AtomicFiles.write(folder.resolve("new.pdf"), new byte[] {1});
        assertFalse(Files.exists(stale), "ours, over a minute old");
        assertTrue(Files.exists(young), "may belong to a save still under way");
        assertTrue(Files.exists(someoneElses) && Files.exists(userFile), "never anyone else's");
    }

    @Test
    void aFileKeepsItsPermissionsAndAPrivateOneIsTheOwnersAloneAtEveryWrite() throws IOException {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class),
                "needs POSIX permissions");
        Path shared = folder.resolve("leaflet.pdf");
        AtomicFiles.write(shared, new byte[] {1});
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(shared, new byte[] {2});
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        Path autosave = folder.resolve("autosave.handout.json");
        AtomicFiles.write(autosave, out -> out.write(3), true);
        AtomicFiles.write(autosave, out -> out.write(4), true);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(autosave)));
    }

    @Test
    void aPipeOrAFolderIsNeverReplaced() throws Exception {
        Path pipe = folder.resolve("out.pdf");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
        FileSystemException refused = assertThrows(FileSystemException.class, () -> AtomicFiles.write(pipe, new byte[] {1}));
        assertTrue(refused.getReason().contains("not an ordinary file"), refused.getReason());
        assertTrue(Files.readAttributes(pipe, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther());
        Path subfolder = Files.createDirectory(folder.resolve("folder.pdf"));
        assertThrows(FileSystemException.class, () -> AtomicFiles.write(subfolder, new byte[] {1}));
        assertTrue(Files.isDirectory(subfolder));
    }

    private Path touch(String name, Instant modified) throws IOException {
        Path file = Files.writeString(folder.resolve(name), "partial");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
