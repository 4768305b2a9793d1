package org.handoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.handoutstudio.FileReads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files and odd paths from the black-box run (issue 16): outputs that are inputs,
 * special files, paths that climb out of their folder. Nothing may hang, fill the memory, replace
 * an input, or read a file outside the folders it is allowed to.
 */
class HostileFilesTest {

    private static final Duration NO_HANG = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private Path data() {
        return folder.resolve("data");
    }

    // ---- 1. an output that is an input -------------------------------------------------------------

    @Test
    void anOutputThatResolvesToTheHandoutIsRefusedAndTheHandoutKept() throws Exception {
        Path handout = Hostile.handout(folder.resolve("h.handout.json"), "");
        Files.createDirectories(folder.resolve("sub"));
        Files.createSymbolicLink(folder.resolve("link.pdf"), handout);
        byte[] before = Files.readAllBytes(handout);
        for (String output : List.of(handout.toString(), folder + "/sub/../h.handout.json", folder + "/./h.handout.json",
                folder.resolve("link.pdf").toString())) {
            CliTest.Result result = Hostile.run(data(), "export", handout.toString(), "-o", output);
            assertEquals(2, result.code(), output + ": " + result.err());
            assertTrue(result.err().contains("refusing to write") && result.err().contains("files being read"), result.err());
            Hostile.assertUnchanged(handout, before);
        }
        assertTrue(Files.isSymbolicLink(folder.resolve("link.pdf")), "the link is left alone too");
    }

    @Test
    void aHandoutNamedLikeItsPdfIsNotReplacedByIt() throws Exception {
        Path handout = Hostile.handout(folder.resolve("x.pdf"), "");
        byte[] before = Files.readAllBytes(handout);
        CliTest.Result result = Hostile.run(data(), "export", handout.toString(), "--out-dir", folder.toString());
        assertEquals(2, result.code(), result.err());
        Hostile.assertUnchanged(handout, before);
    }

    @Test
    void theBrandingFileAndLogoAreInputsToo() throws Exception {
        Hostile.png(folder.resolve("logo.png"), Color.BLUE);
        Path branding = Files.writeString(folder.resolve("practice-branding.json"),
                "{\"schemaVersion\": 1, \"practiceName\": \"Riverside\", \"logo\": \"logo.png\"}");
        Path handout = Hostile.handout(folder.resolve("h.handout.json"), ", \"branding\": \"practice-branding.json\"");
        byte[] brandingBefore = Files.readAllBytes(branding);
        byte[] logoBefore = Files.readAllBytes(folder.resolve("logo.png"));
        assertEquals(2, Hostile.run(data(), "export", handout.toString(), "-o", branding.toString()).code());
        assertEquals(2, Hostile.run(data(), "export", handout.toString(), "-o", folder + "/logo.png").code());
        Hostile.assertUnchanged(branding, brandingBefore);
        assertTrue(java.util.Arrays.equals(logoBefore, Files.readAllBytes(folder.resolve("logo.png"))));
    }

    @Test
    void aPipeAsTheOutputIsNeverReplaced() throws Exception {
        Path pipe = Hostile.fifo(folder.resolve("out.pdf"));
        CliTest.Result result = assertTimeoutPreemptively(NO_HANG, () ->
                Hostile.run(data(), "export", "--template", "acute-low-back-pain", "-o", pipe.toString()));
        assertEquals(3, result.code(), result.err());
        assertTrue(result.err().contains("not an ordinary file"), result.err());
        assertTrue(Files.readAttributes(pipe, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .isOther(), "the pipe is still a pipe");
    }

    // ---- 3. special files ----------------------------------------------------------------------------

    @Test
    void aPipeAsTheHandoutIsRefusedWithoutWaiting() throws Exception {
        Path pipe = Hostile.fifo(folder.resolve("p.handout.json"));
        for (String command : List.of("validate", "export")) {
            CliTest.Result result = assertTimeoutPreemptively(NO_HANG, () -> command.equals("validate")
                    ? Hostile.run(data(), "validate", pipe.toString())
                    : Hostile.run(data(), "export", pipe.toString(), "-o", folder.resolve("p.pdf").toString()));
            assertEquals(3, result.code(), command + ": " + result.out() + result.err());
            assertTrue((result.out() + result.err()).contains("not an ordinary file"), result.out() + result.err());
        }
    }

    @Test
    void anEndlessDeviceBehindALinkIsRefusedBeforeItIsRead() throws Exception {
        Path zero = Files.createSymbolicLink(folder.resolve("zero.handout.json"), Path.of("/dev/zero"));
        CliTest.Result result = assertTimeoutPreemptively(NO_HANG, () -> Hostile.run(data(), "validate", zero.toString()));
        assertEquals(3, result.code(), result.out());
        assertTrue(result.out().contains("cannot read " + zero + ": is not an ordinary file"), result.out());
        Hostile.assertReadable(result.out() + result.err());
    }

    @Test
    void aLinkLoopIsOneReadableLine() throws Exception {
        Files.createSymbolicLink(folder.resolve("a.handout.json"), folder.resolve("b.handout.json"));
        Files.createSymbolicLink(folder.resolve("b.handout.json"), folder.resolve("a.handout.json"));
        CliTest.Result result = Hostile.run(data(), "export", folder + "/a.handout.json", "-o", folder + "/a.pdf");
        assertEquals(3, result.code(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        Hostile.assertReadable(result.err());
    }

    @Test
    void aLogoLinkedToADeviceOrThatIsAPipeStopsTheExportAndValidateSaysTheSame() throws Exception {
        Path handout = Hostile.handout(folder.resolve("h.handout.json"), ", \"branding\": \"b-branding.json\"");
        Files.writeString(folder.resolve("b-branding.json"), "{\"schemaVersion\": 1, \"logo\": \"logo.png\"}");
        for (String kind : List.of("device", "pipe")) {
            Files.deleteIfExists(folder.resolve("logo.png"));
            if (kind.equals("device")) {
                Files.createSymbolicLink(folder.resolve("logo.png"), Path.of("/dev/zero"));
            } else {
                Hostile.fifo(folder.resolve("logo.png"));
            }
            CliTest.Result export = assertTimeoutPreemptively(NO_HANG, () ->
                    Hostile.run(data(), "export", handout.toString(), "-o", folder + "/h.pdf"));
            CliTest.Result validate = assertTimeoutPreemptively(NO_HANG, () -> Hostile.run(data(), "validate", handout.toString()));
            // A link to a device leads out of the folder (refused as invalid); a pipe in it cannot be read.
            int expected = kind.equals("device") ? 2 : 3;
            String says = kind.equals("device") ? "is outside the folder" : "not an ordinary file";
            assertEquals(expected, export.code(), kind + ": " + export.err());
            assertEquals(expected, validate.code(), kind + ": " + validate.out());
            assertTrue(export.err().contains("logo") && export.err().contains(says), export.err());
            assertTrue(validate.out().contains(export.err().strip().replace("handout-studio: ", "")), validate.out());
            assertFalse(Files.exists(folder.resolve("h.pdf")));
        }
    }

    @Test
    void aPipeInTheUserLibraryDoesNotStopAnything() throws Exception {
        Files.createDirectories(data().resolve("library"));
        Hostile.fifo(data().resolve("library/pipe.json"));
        Hostile.libraryWithPhoto(data().resolve("library/ours.json"), "our-bridge", null);
        CliTest.Result library = assertTimeoutPreemptively(NO_HANG, () -> Hostile.run(data(), "library", "--json"));
        assertEquals(0, library.code(), library.err());
        assertTrue(library.out().contains("our-bridge"), "the good file still loads");
        assertTrue(library.err().contains("pipe.json") && library.err().contains("not an ordinary file"), library.err());
        CliTest.Result export = assertTimeoutPreemptively(NO_HANG, () -> Hostile.run(data(), "export", "--template",
                "acute-low-back-pain", "-o", folder.resolve("t.pdf").toString()));
        assertEquals(0, export.code(), export.err());
    }

    // ---- 2. paths that climb out of their folder --------------------------------------------------

    @Test
    void aLibraryPhotoOutsideTheLibraryFolderIsNeverRead() throws Exception {
        Path secret = Hostile.png(folder.resolve("secret.png"), Color.RED);
        Path library = Files.createDirectories(data().resolve("library"));
        Files.createSymbolicLink(library.resolve("inside.png"), secret);
        Hostile.libraryWithPhoto(library.resolve("a.json"), "photo-climbs", "../../secret.png");
        Hostile.libraryWithPhoto(library.resolve("b.json"), "photo-absolute", secret.toString());
        Hostile.libraryWithPhoto(library.resolve("c.json"), "photo-linked", "inside.png");
        FileReads reads = FileReads.record();
        CliTest.Result validate = Hostile.run(data(), "validate", library + "/a.json", library + "/b.json", library + "/c.json");
        assertEquals(2, validate.code(), validate.out());
        assertEquals(3, validate.out().lines().filter(line -> line.contains("is outside the folder")).count(), validate.out());
        Path pdf = folder.resolve("photos.pdf");
        Path handout = Files.writeString(folder.resolve("p.handout.json"), "{\"schemaVersion\": 1, \"title\": \"Photos\","
                + " \"items\": [{\"ref\": \"photo-climbs\"}, {\"ref\": \"photo-absolute\"}, {\"ref\": \"photo-linked\"}]}");
        CliTest.Result export = Hostile.run(data(), "export", handout.toString(), "-o", pdf.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.err().contains("problem(s) in your own library files"), export.err());
        try (var document = Loader.loadPDF(pdf.toFile())) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertFalse(page.getResources().getXObject(name) instanceof PDImageXObject, "no photo was printed");
                }
            }
        }
        reads.close();
        Path realSecret = secret.toRealPath();
        assertTrue(reads.files().contains(library.resolve("a.json").toRealPath()), "the recorder sees our reads");
        assertTrue(reads.files().stream().noneMatch(realSecret::equals), "read: " + reads.files());
    }

    @Test
    void aBrandingFileOrLogoOutsideTheirFolderIsRefusedNamingTheField() throws Exception {
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("x-branding.json"), "{\"schemaVersion\": 1}");
        Hostile.png(elsewhere.resolve("logo.png"), Color.BLUE);
        Path work = Files.createDirectories(folder.resolve("work"));
        Path climbs = Hostile.handout(work.resolve("climbs.handout.json"), ", \"branding\": \"../elsewhere/x-branding.json\"");
        Files.writeString(work.resolve("far-branding.json"), "{\"schemaVersion\": 1, \"logo\": \"../elsewhere/logo.png\"}");
        Path farLogo = Hostile.handout(work.resolve("far-logo.handout.json"), ", \"branding\": \"far-branding.json\"");
        FileReads reads = FileReads.record();
        for (Path handout : List.of(climbs, farLogo)) {
            CliTest.Result validate = Hostile.run(data(), "validate", handout.toString());
            CliTest.Result export = Hostile.run(data(), "export", handout.toString(), "-o", work + "/out.pdf");
            assertEquals(2, validate.code(), validate.out());
            assertEquals(2, export.code(), export.err());
            assertTrue(export.err().contains("is outside the folder"), export.err());
            assertTrue(validate.out().contains(export.err().strip().replace("handout-studio: ", "")), validate.out());
        }
        reads.close();
        Path outside = elsewhere.toRealPath();
        assertTrue(reads.files().contains(work.resolve("far-branding.json").toRealPath()), "the recorder sees our reads");
        assertTrue(reads.files().stream().noneMatch(path -> path.startsWith(outside)), "read: " + reads.files());
        // Chosen on the command line, a branding file may be anywhere.
        assertEquals(0, Hostile.run(data(), "export", climbs.toString(), "--branding", elsewhere + "/x-branding.json",
                "-o", work + "/chosen.pdf").code());
    }
}
