package org.handoutstudio.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.cli.CliTestAccess;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The figure review sheet, and figures in handouts: vector, tagged, described. */
class ContactSheetTest {

    @Test
    void reviewSheetHasEveryFigureTaggedWithAltTextAndConforms(@TempDir Path folder) throws Exception {
        Path sheet = folder.resolve("sheet.pdf");
        var result = CliTestAccess.run("figures", "-o", sheet.toString());
        assertEquals(0, result.code(), result.err());
        long exercises = LibraryLoader.bundled().items().stream().filter(Exercise.class::isInstance).count();
        try (PDDocument pdf = Loader.loadPDF(sheet.toFile())) {
            List<PDStructureElement> figures = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "Figure", figures);
            assertEquals(exercises, figures.size());
            assertTrue(figures.stream().allMatch(f -> f.getAlternateDescription() != null
                    && f.getAlternateDescription().length() > 20));
            assertNoRasterImages(pdf);
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(sheet);
        VeraGreenfieldFoundryProvider.initialise();
        assertEquals(List.of(), VeraPdfConformanceTest.failedRules(bytes, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), VeraPdfConformanceTest.failedRules(bytes, PDFAFlavour.PDFA_2_A));
    }

    @Test
    void handoutFiguresAreVectorAndDescribed() throws Exception {
        var handout = TestHandouts.template("persistent-low-back-pain");
        byte[] bytes = PdfExporter.toBytes(TestHandouts.layout(handout));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<PDStructureElement> figures = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "Figure", figures);
            long exercises = handout.items().stream()
                    .filter(item -> LibraryLoader.bundled().find(item.ref()).orElseThrow() instanceof Exercise).count();
            assertEquals(exercises, figures.size());
            assertNoRasterImages(pdf);
        }
    }

    private static void assertNoRasterImages(PDDocument pdf) throws Exception {
        for (var page : pdf.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                assertFalse(page.getResources().getXObject(name) instanceof PDImageXObject, "raster image on a page");
            }
        }
    }

    static void collect(PDStructureNode node, String role, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (role.equals(element.getStructureType())) {
                    into.add(element);
                }
                collect(element, role, into);
            }
        }
    }
}
