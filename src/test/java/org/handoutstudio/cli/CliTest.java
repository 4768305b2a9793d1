package org.handoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handoutstudio.app.AppFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    public record Result(int code, String out, String err) { }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HandoutStudioCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(AppFolders folders, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HandoutStudioCommand.run(args, new PrintWriter(out), new PrintWriter(err), folders);
        return new Result(code, out.toString(), err.toString());
    }

    /** The editor prints large when the settings say so; the command line must agree. */
    @Test
    void exportHonoursTheLargePrintSetting(@TempDir Path folder) throws Exception {
        AppFolders large = new AppFolders(folder.resolve("large"));
        Files.createDirectories(large.dataDir());
        Files.writeString(large.settingsFile(), "{\"schemaVersion\": 1, \"largePrint\": true}");
        AppFolders plain = new AppFolders(folder.resolve("plain"));
        String[] export = {"export", "--template", "acute-low-back-pain", "--date", "2026-11-22", "-o"};
        Path fromSetting = folder.resolve("setting.pdf");
        Path fromFlag = folder.resolve("flag.pdf");
        Path normal = folder.resolve("normal.pdf");
        assertEquals(0, run(large, append(export, fromSetting.toString())).code());
        assertEquals(0, run(plain, append(append(export, fromFlag.toString()), "--large-print")).code());
        assertEquals(0, run(plain, append(export, normal.toString())).code());
        assertArrayEquals(Files.readAllBytes(fromFlag), Files.readAllBytes(fromSetting));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(normal), Files.readAllBytes(fromSetting)));
        try (var document = Loader.loadPDF(fromSetting.toFile()); var small = Loader.loadPDF(normal.toFile())) {
            assertTrue(document.getNumberOfPages() > small.getNumberOfPages(), "16 pt body text needs more pages");
        }
    }

    private static String[] append(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void templatesListsIdThenTitle() {
        Result result = run("templates");
        assertEquals(0, result.code());
        assertTrue(result.out().lines().anyMatch(line -> line.matches("acute-low-back-pain\\s+\\S.*")), result.out());
    }

    @Test
    void exportWritesAPdf(@TempDir Path folder) throws Exception {
        Path pdf = folder.resolve("out.pdf");
        Result result = run("export", "--template", "acute-low-back-pain", "-o", pdf.toString(), "--date", "2026-11-22");
        assertEquals(0, result.code(), result.err());
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(document).contains("Produced 22 November 2026"));
        }
    }

    @Test
    void unknownTemplateExits2AndListsKnownIds(@TempDir Path folder) {
        Result result = run("export", "--template", "nope", "-o", folder.resolve("x.pdf").toString());
        assertEquals(2, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("acute-low-back-pain"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void unwritableOutputExits3NamingThePath(@TempDir Path folder) {
        Path target = folder.resolve("missing-folder").resolve("x.pdf");
        Result result = run("export", "--template", "acute-low-back-pain", "-o", target.toString());
        assertEquals(3, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains(target.toString()), result.err());
    }

    @Test
    void aFolderAsOutputIsRefusedAndKept(@TempDir Path folder) throws Exception {
        Path target = Files.createDirectory(folder.resolve("looks-like-a-file.pdf"));
        Result result = run("export", "--template", "acute-low-back-pain", "-o", target.toString());
        assertEquals(3, result.code());
        assertTrue(result.err().contains("is a folder"), result.err());
        assertTrue(Files.isDirectory(target));
    }

    @Test
    void missingInputFileExits3NamingIt(@TempDir Path folder) {
        Path missing = folder.resolve("nowhere.handout.json");
        Result result = run("export", missing.toString(), "-o", folder.resolve("x.pdf").toString());
        assertEquals(3, result.code());
        assertTrue(result.err().contains(missing.toString()) && result.err().contains("no such file"), result.err());
    }

    @Test
    void aFolderGivenAsAHandoutExits3(@TempDir Path folder) throws Exception {
        Path notAFile = Files.createDirectory(folder.resolve("folder.handout.json"));
        Result result = run("export", notAFile.toString(), "-o", folder.resolve("x.pdf").toString());
        assertEquals(3, result.code(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void theHandoutsOwnPaperIsUsedWithoutPaperOption(@TempDir Path folder) throws Exception {
        Path handout = folder.resolve("letter.handout.json");
        Files.writeString(handout, "{\"schemaVersion\": 1, \"title\": \"Letter\", \"paper\": \"LETTER\", \"items\": []}");
        Path pdf = folder.resolve("letter.pdf");
        assertEquals(0, run("export", handout.toString(), "-o", pdf.toString()).code());
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(612, document.getPage(0).getMediaBox().getWidth(), 0.5);
        }
    }

    @Test
    void patientValuesNeverAppearInErrorMessages(@TempDir Path folder) throws Exception {
        Path handout = folder.resolve("bad-date.handout.json");
        Files.writeString(handout, "{\"schemaVersion\": 1, \"title\": \"T\", \"patient\": {\"date\": \"Zebedee Quartermain\"}, \"items\": []}");
        Result result = run("validate", handout.toString());
        assertEquals(2, result.code());
        assertTrue(result.out().contains("patient.date"), result.out());
        assertFalse(result.out().contains("Zebedee"), result.out());
    }

    @Test
    void unprintableTextExits4(@TempDir Path folder) throws Exception {
        Path handout = folder.resolve("arabic.handout.json");
        Files.writeString(handout, """
                {"schemaVersion": 1, "title": "\u0645\u0631\u062D\u0628\u0627", "items": []}""");
        Result result = run("export", handout.toString(), "-o", folder.resolve("x.pdf").toString());
        assertEquals(4, result.code(), result.err());
        assertTrue(result.err().contains("U+0645"), result.err());
        assertFalse(Files.exists(folder.resolve("x.pdf")));
    }

    @Test
    void layoutDiaryAndInkSaverFlagsShapeTheExport(@TempDir Path folder) throws Exception {
        Path detailed = folder.resolve("detailed.pdf");
        Path compact = folder.resolve("compact.pdf");
        String[] export = {"export", "--template", "exercising-safely-gym", "--date", "2026-11-22"};
        assertEquals(0, run(append(append(append(export, "--layout"), "DETAILED"), "-o", detailed.toString())).code());
        Result result = run(append(append(append(append(export, "--layout"), "compact"), "--diary"), "-o",
                compact.toString()));
        assertEquals(0, result.code(), result.err());
        try (var full = Loader.loadPDF(detailed.toFile()); var short_ = Loader.loadPDF(compact.toFile())) {
            String text = new PDFTextStripper().getText(short_);
            assertTrue(text.contains("Your exercise plan and diary"), "--diary adds the diary");
            assertTrue(new PDFTextStripper().getText(full).contains("You should feel"), "the full card");
            assertFalse(text.contains("You should feel"), "the compact card leaves it out");
        }
    }

    @Test
    void unknownLayoutOrDiaryWeeksOutOfRangeExit2(@TempDir Path folder) {
        Result layout = run("export", "--template", "acute-low-back-pain", "--layout", "poster", "-o",
                folder.resolve("x.pdf").toString());
        assertEquals(2, layout.code());
        assertTrue(layout.err().contains("--layout") && layout.err().contains("poster"), layout.err());
        Result weeks = run("export", "--template", "acute-low-back-pain", "--diary-weeks", "9", "-o",
                folder.resolve("y.pdf").toString());
        assertEquals(2, weeks.code());
        assertEquals(1, weeks.err().lines().count(), weeks.err());
        assertTrue(weeks.err().contains("between 1 and 6"), weeks.err());
    }

    @Test
    void badValuesInAHandoutFileExit2NamingTheFileAndField(@TempDir Path folder) throws Exception {
        Path layout = Files.writeString(folder.resolve("layout.handout.json"),
                "{\"schemaVersion\": 1, \"title\": \"T\", \"layout\": \"poster\"}");
        Path weeks = Files.writeString(folder.resolve("weeks.handout.json"),
                "{\"schemaVersion\": 1, \"title\": \"T\", \"diary\": true, \"diaryWeeks\": 7}");
        Path url = Files.writeString(folder.resolve("url.handout.json"), "{\"schemaVersion\": 1, \"title\": \"T\", "
                + "\"items\": [{\"ref\": \"bridge\", \"videoUrl\": \"javascript:alert(1)\"}]}");
        for (Object[] expected : new Object[][] {{layout, "layout"}, {weeks, "diaryWeeks"}, {url, "items[0].videoUrl"}}) {
            Path file = (Path) expected[0];
            Result result = run("export", file.toString(), "-o", folder.resolve("out.pdf").toString());
            assertEquals(2, result.code(), result.err());
            assertTrue(result.err().contains(file.getFileName().toString()) && result.err().contains((String) expected[1]),
                    result.err());
            assertFalse(Files.exists(folder.resolve("out.pdf")));
        }
    }

    @Test
    void aDiaryForAHandoutWithoutExercisesIsLeftOutWithOneNote(@TempDir Path folder) throws Exception {
        Result result = run("export", "--template", "gp-back-pain-leaflet", "--diary", "-o",
                folder.resolve("leaflet.pdf").toString());
        assertEquals(0, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("no exercises") && result.err().contains("diary"), result.err());
    }

    @Test
    void badUsageExits2() {
        assertEquals(2, run("export", "--no-such-option").code());
    }

    @Test
    void versionAndHelp() {
        assertTrue(run("--version").out().startsWith("Handout Studio "));
        Result help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Exit codes"));
    }
}
