package org.handoutstudio.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.layout.ContactSheet;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;

/**
 * Every bundled template, exported in a few ways, must give exactly the bytes recorded in
 * {@code src/test/resources/golden/pdf-sha256.txt}. A change that moves a single byte of any
 * handout fails here, so refactoring cannot change output by accident. When output should change
 * (a new layout, new content, a PDFBox update), regenerate the file on purpose with
 * {@code mvn test -Dtest=GoldenPdfTest -Dgolden.update=true} and say why in the commit.
 */
class GoldenPdfTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/pdf-sha256.txt");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);
    private static final Branding PRACTICE = new Branding(1, "Riverside Physiotherapy", null, "#1D4F7C", "#00695C",
            "12 Mill Lane, Riverside RS1 2AB", "01234 567890", "Monday to Friday, 8am to 6pm", "hello@riverside.example",
            "riverside.example", "Ask at reception for this handout in another language.", null);

    @Test
    void everyTemplateExportsTheRecordedBytes() throws Exception {
        String text = hashes(TestHandouts.figures());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), text,
                "exported PDFs changed; if on purpose, run with -Dgolden.update=true");
    }

    /** What a command line prints: the same bytes. */
    @Test
    void figuresWrittenOutByTheBuildExportTheRecordedBytes() throws Exception {
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8),
                hashes(PrewrittenFigures.over(TestHandouts.figures())));
    }

    /** Each export's name and the SHA-256 of its bytes, a line each. */
    private static String hashes(FigureSource figures) throws Exception {
        Map<String, String> actual = new TreeMap<>();
        for (Template template : Templates.bundled()) {
            Handout handout = template.toHandout();
            actual.put(template.id() + " a4-programme", sha256(handout, figures, Branding.DEFAULT,
                    new LayoutOptions(Paper.A4, false, DAY, ExerciseLayout.PROGRAMME, 0, false)));
            actual.put(template.id() + " a4-compact-diary-ink-saver", sha256(handout, figures, Branding.DEFAULT,
                    new LayoutOptions(Paper.A4, false, DAY, ExerciseLayout.COMPACT, 2, true)));
            actual.put(template.id() + " a4-large-print",
                    sha256(handout, figures, Branding.DEFAULT, new LayoutOptions(Paper.A4, true, DAY)));
            Handout personal = handout.withPatient(new PatientDetails("Alex Example", DAY, "Sam Clinician",
                    "Physiotherapist", "Tuesday 3 February, 10:30"));
            actual.put(template.id() + " letter-branded-detailed",
                    sha256(personal, figures, PRACTICE, new LayoutOptions(Paper.LETTER, false, DAY)));
        }
        Handout linked = Handout.of("Links", List.of(HandoutItem.of("bridge").withVideoUrl("https://video.example.nhs.uk/bridge"),
                HandoutItem.of("back-pain-when-to-get-help"))).withMoreInfoUrl("https://www.example.nhs.uk/back-pain");
        actual.put("qr-links a4-programme", sha256(linked, figures, PRACTICE,
                new LayoutOptions(Paper.A4, false, DAY, ExerciseLayout.PROGRAMME, 0, false)));
        List<Exercise> exercises = LibraryLoader.bundled().items().stream().filter(Exercise.class::isInstance)
                .map(Exercise.class::cast).toList();
        actual.put("figures-sheet a4", hex(PdfExporter.toBytes(ContactSheet.layout(exercises, figures,
                new LayoutOptions(Paper.A4, false, null)))));

        StringBuilder text = new StringBuilder();
        actual.forEach((name, hash) -> text.append(hash).append("  ").append(name).append('\n'));
        return text.toString();
    }

    private static String sha256(Handout handout, FigureSource figures, Branding branding, LayoutOptions options)
            throws Exception {
        return hex(PdfExporter.toBytes(HandoutExport.layout(handout, LibraryLoader.bundled(), branding, options,
                figures)));
    }

    private static String hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
