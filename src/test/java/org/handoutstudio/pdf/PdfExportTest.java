package org.handoutstudio.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {

    private static byte[] export(Handout handout) throws Exception {
        return PdfExporter.toBytes(TestHandouts.layout(handout));
    }

    /**
     * A drawing's operators are written once a process and reused: the same figure met again, or a
     * copy of it that is equal but not the same object, must print exactly as the first time.
     */
    @Test
    void aFigureMetAgainOrCopiedPrintsTheSame() throws Exception {
        Handout handout = TestHandouts.template("acute-low-back-pain");
        byte[] first = export(handout);
        assertArrayEquals(first, export(handout));
        FigureSource copies = new FigureSource() {
            @Override
            public Optional<Drawing> drawingFor(Exercise exercise) {
                return drawingFor(exercise, false);
            }

            @Override
            public Optional<Drawing> drawingFor(Exercise exercise, boolean mirrored) {
                return TestHandouts.figures().drawingFor(exercise, mirrored)
                        .map(drawing -> new Drawing(drawing.width(), drawing.height(), new ArrayList<>(drawing.paths())));
            }
        };
        assertArrayEquals(first, PdfExporter.toBytes(HandoutLayout.layout(handout, LibraryLoader.bundled(),
                Branding.DEFAULT, TestHandouts.options(), copies)));
    }

    @Test
    void textComesOutInReadingOrder() throws Exception {
        Handout handout = TestHandouts.template("acute-low-back-pain");
        try (PDDocument pdf = Loader.loadPDF(export(handout))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.startsWith(handout.title()), text.substring(0, 80));
            int previous = -1;
            for (var item : handout.items()) {
                String title = LibraryLoader.bundled().find(item.ref()).orElseThrow().title();
                int at = text.indexOf(title, previous + 1);
                assertTrue(at > previous, title + " should follow the previous item");
                previous = at;
            }
            assertTrue(text.contains("Page 1 of " + pdf.getNumberOfPages()));
        }
    }

    @Test
    void everyFontIsEmbeddedAndSubset() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(TestHandouts.template("sciatica-leg-pain")))) {
            List<String> names = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "subset tag on " + font.getName());
                    names.add(font.getName());
                }
            }
            assertTrue(names.stream().anyMatch(name -> name.endsWith("AtkinsonHyperlegible-Regular")), names.toString());
        }
    }

    @Test
    void sameInputGivesIdenticalBytes() throws Exception {
        Handout handout = TestHandouts.template("upper-back-and-posture");
        assertArrayEquals(export(handout), export(handout));
    }

    @Test
    void patientDetailsArePrintedButNeverInMetadata() throws Exception {
        Handout handout = TestHandouts.template("acute-low-back-pain")
                .withPatient(new PatientDetails("Zebedee Quartermain", TestHandouts.DAY, "Alex Smith", "Physiotherapist",
                        "Tuesday 1 December, 10am"));
        byte[] bytes = export(handout);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Zebedee Quartermain"));
            assertEquals(handout.title(), pdf.getDocumentInformation().getTitle());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertFalse(xmp.contains("Zebedee"), "patient name in XMP");
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"));
            var info = pdf.getDocumentInformation().getCOSObject().toString();
            assertFalse(info.contains("Zebedee"), "patient name in Info");
        }
    }

    @Test
    void documentIsTaggedWithLanguageAndOutline() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(TestHandouts.template("acute-low-back-pain")))) {
            var catalog = pdf.getDocumentCatalog();
            assertEquals("en-GB", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertNotNull(catalog.getStructureTreeRoot());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            assertNotNull(catalog.getDocumentOutline().getFirstChild());
            assertEquals(1, catalog.getOutputIntents().size());
        }
    }

    @Test
    void exportReplacesAnExistingFileWhole(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("handout.pdf");
        Files.writeString(target, "old content");
        PdfExporter.write(TestHandouts.layout(TestHandouts.template("gp-back-pain-leaflet")), target);
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 1);
        }
        assertEquals(List.of(target), Files.list(folder).toList());
    }
}
