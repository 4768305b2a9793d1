package org.handoutstudio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the jpackage app-image's launcher exactly as a user or a script would. */
class PackagedLauncherIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("handoutstudio.launcher",
            "target/dist/handout-studio/bin/handout-studio"));

    record Run(int code, String out, String err) { }

    private static Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "launcher did not finish");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void exportsATemplateWithTheFontEmbedded(@TempDir Path folder) throws Exception {
        assertTrue(Files.isExecutable(LAUNCHER), "no launcher at " + LAUNCHER);
        Path pdf = folder.resolve("acute.pdf");
        Run run = launch("export", "--template", "acute-low-back-pain", "-o", pdf.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "nothing on stderr when all is well");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Back pain"), text.substring(0, Math.min(200, text.length())));
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded() && font.getName().contains("AtkinsonHyperlegible"), font.getName());
        }
    }

    @Test
    void versionAndBadInputFromThePackagedLauncher(@TempDir Path folder) throws Exception {
        Run version = launch("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().matches("(?s)Handout Studio \\d.*\\(commit .*\\).*"), version.out());
        Run unknown = launch("export", "--template", "no-such-template", "-o", folder.resolve("x.pdf").toString());
        assertEquals(2, unknown.code());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
    }
}
