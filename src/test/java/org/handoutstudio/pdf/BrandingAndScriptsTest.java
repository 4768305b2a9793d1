package org.handoutstudio.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.TestImages;
import org.handoutstudio.cli.CliTestAccess;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.layout.PageItem;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.library.TextBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class BrandingAndScriptsTest {

    @TempDir
    Path folder;

    private static PageList layout(Handout handout, Branding branding, LayoutOptions options) {
        return HandoutLayout.layout(handout, LibraryLoader.bundled(), branding, options, org.handoutstudio.TestHandouts.figures());
    }

    private Path logo(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(29, 79, 124));
        g.fillOval(0, 0, width, height);
        g.dispose();
        Path file = folder.resolve("logo.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Branding branding(Path logo) {
        return new Branding(1, "Riverside Physiotherapy", logo == null ? null : logo.toString(), "#1D4F7C", "#00695C",
                "1 River Lane", "01234 567890", "8am to 6pm", null, "riverside.example", null, null);
    }

    @Test
    void logoIsPrintedAndTheDocumentStillConforms() throws Exception {
        PageList pages = layout(TestHandouts.template("acute-low-back-pain"), branding(logo(2400, 800)),
                TestHandouts.options());
        var picture = pages.pages().get(0).items().stream().filter(PageItem.Picture.class::isInstance)
                .map(PageItem.Picture.class::cast).findFirst().orElseThrow();
        assertTrue(picture.height() <= 56.01 && picture.width() <= 170.01, picture.toString());
        assertTrue(picture.image().pixelWidth() <= 170 * 300 / 72 + 1, "downscaled to about 300 dpi");
        byte[] pdf = PdfExporter.toBytes(pages);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            boolean hasImage = false;
            for (var name : resources.getXObjectNames()) {
                hasImage |= resources.getXObject(name) instanceof PDImageXObject;
            }
            assertTrue(hasImage);
            assertTrue(new PDFTextStripper().getText(document).contains("Riverside Physiotherapy"));
        }
        VeraGreenfieldFoundryProvider.initialise();
        assertEquals(List.of(), VeraPdfConformanceTest.failedRules(pdf, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), VeraPdfConformanceTest.failedRules(pdf, PDFAFlavour.PDFA_2_A));
    }

    /** A PNG whose header claims 30,000 x 30,000 pixels: refused from the header, never decoded. */
    @Test
    void hugeCorruptOrMissingLogosFallBackWithAMessage() throws Exception {
        Path huge = folder.resolve("huge.png");
        Files.write(huge, TestImages.pngHeader(30_000, 30_000));
        Path corrupt = Files.write(folder.resolve("corrupt.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4, 5});
        Path missing = folder.resolve("missing.png");
        for (Path logo : List.of(huge, corrupt, missing)) {
            Branding branding = branding(logo);
            String problem = HandoutLayout.logoProblem(branding).orElseThrow();
            assertTrue(problem.contains(logo.toString()), problem);
            PageList pages = layout(Handout.blank("Logo test"), branding, TestHandouts.options());
            assertTrue(pages.pages().get(0).items().stream().noneMatch(PageItem.Picture.class::isInstance));
        }
        assertTrue(HandoutLayout.logoProblem(branding(huge)).orElseThrow().contains("30,000 x 30,000"));
    }

    @Test
    void greekCyrillicVietnameseWelshAndPolishPrintWithFallbackFonts() throws Exception {
        String text = "Ελληνικά · Русский · Tiếng Việt · Ŵ ŷ · Zażółć gęślą jaźń";
        Handout handout = Handout.blank("Many languages").withItems(List.of(
                HandoutItem.freeText("Scripts", List.of(new TextBlock.Paragraph(text)))));
        byte[] pdf = PdfExporter.toBytes(layout(handout, Branding.DEFAULT, TestHandouts.options()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String extracted = new PDFTextStripper().getText(document);
            assertTrue(extracted.contains("Ελληνικά") && extracted.contains("Русский") && extracted.contains("Tiếng Việt")
                    && extracted.contains("Zażółć"), extracted);
            Set<String> fonts = new HashSet<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name).getName().substring(7));
            }
            assertTrue(fonts.contains("NotoSans-Regular"), fonts.toString());
        }
    }

    @Test
    void softHyphensShowOnlyWhereALineBreaksAndNonBreakingSpacesHold() {
        String word = "physio\u00ADtherapy";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append(word).append(' ').append("10\u00A0kg ");
        }
        Handout handout = Handout.blank("Hyphens").withItems(List.of(
                HandoutItem.freeText("Soft", List.of(new TextBlock.Paragraph(text.toString())))));
        PageList pages = layout(handout, Branding.DEFAULT, TestHandouts.options());
        List<String> runs = pages.pages().get(0).items().stream().filter(PageItem.TextRun.class::isInstance)
                .map(item -> ((PageItem.TextRun) item).text()).toList();
        String all = String.join("\n", runs);
        assertFalse(all.contains("\u00AD"), "soft hyphens are never drawn as such");
        assertTrue(all.contains("physiotherapy"), "unbroken words print whole");
        for (String run : runs) {
            assertFalse(run.endsWith("10") && !run.endsWith("kg"), "10 and kg stay together: " + run);
        }
    }

    @Test
    void letterPaperAndBatchExport() throws Exception {
        PageList letter = layout(TestHandouts.template("gp-back-pain-leaflet"), Branding.DEFAULT,
                new LayoutOptions(Paper.LETTER, false, TestHandouts.DAY));
        assertEquals(612, letter.pageWidth(), 0.01);
        Path out = Files.createDirectories(folder.resolve("out"));
        var result = CliTestAccess.run("export", "--template", "acute-low-back-pain", "--template", "sciatica-leg-pain",
                "--out-dir", out.toString(), "--paper", "LETTER");
        assertEquals(0, result.code(), result.err());
        for (String id : List.of("acute-low-back-pain", "sciatica-leg-pain")) {
            try (PDDocument document = Loader.loadPDF(out.resolve(id + ".pdf").toFile())) {
                assertEquals(612, document.getPage(0).getMediaBox().getWidth(), 0.5);
            }
        }
    }

    @Test
    void typicalTemplatePdfIsSmall() throws Exception {
        for (var template : org.handoutstudio.handout.Templates.bundled()) {
            byte[] pdf = PdfExporter.toBytes(TestHandouts.layout(template.toHandout()));
            assertTrue(pdf.length <= 200 * 1024, template.id() + " is " + pdf.length + " bytes");
        }
    }
}
