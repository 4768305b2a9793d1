package org.handoutstudio.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.layout.PageItem;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;

/** QR codes scan back to the web addresses they print, and each is a link a reader can follow and hear described. */
class QrLinksTest {

    private static final String VIDEO = "https://video.example.nhs.uk/exercises/bridge?clinic=riverside";
    private static final String MORE = "https://www.example.nhs.uk/physio/back-pain";

    private static PageList pages(ExerciseLayout layout) {
        Handout handout = Handout.of("Links", List.of(HandoutItem.of("bridge").withVideoUrl(VIDEO),
                HandoutItem.of("back-pain-when-to-get-help"))).withMoreInfoUrl(MORE);
        return HandoutLayout.layout(handout, LibraryLoader.bundled(), Branding.DEFAULT,
                new LayoutOptions(Paper.A4, false, TestHandouts.DAY, layout, 0, false), TestHandouts.figures());
    }

    @Test
    void theCodesOnThePrintedPagesScanToTheirAddresses() throws Exception {
        for (ExerciseLayout layout : ExerciseLayout.values()) {
            try (PDDocument pdf = Loader.loadPDF(PdfExporter.toBytes(pages(layout)))) {
                PDFRenderer renderer = new PDFRenderer(pdf);
                TreeSet<String> scanned = new TreeSet<>();
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    BufferedImage image = renderer.renderImageWithDPI(i, 150, ImageType.RGB);
                    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                            new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
                    try {
                        for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap,
                                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
                            scanned.add(result.getText());
                        }
                    } catch (com.google.zxing.NotFoundException e) {
                        // a page without a code
                    }
                }
                assertEquals(new TreeSet<>(List.of(VIDEO, MORE)), scanned, layout.toString());
            }
        }
    }

    @Test
    void everyCodeIsAtLeastTwentyMillimetresWide() {
        PageList pages = pages(ExerciseLayout.PROGRAMME);
        List<PageItem.Graphic> codes = new ArrayList<>();
        pages.pages().forEach(page -> page.items().stream().filter(PageItem.Graphic.class::isInstance)
                .map(PageItem.Graphic.class::cast).filter(graphic -> graphic.owner() != null
                        && graphic.owner().altText() != null && graphic.owner().altText().startsWith("QR code"))
                .forEach(codes::add));
        assertEquals(2, codes.size());
        for (PageItem.Graphic code : codes) {
            assertTrue(code.right() - code.left() >= 20 / 25.4 * 72 - 0.01, "width " + (code.right() - code.left()));
            assertTrue(code.owner().altText().contains("https://"), code.owner().altText());
        }
    }

    @Test
    void eachCodeIsALinkAnnotationTiedToALinkElementWithADescription() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfExporter.toBytes(pages(ExerciseLayout.PROGRAMME)))) {
            List<String> uris = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    PDAnnotationLink link = (PDAnnotationLink) annotation;
                    uris.add(((PDActionURI) link.getAction()).getURI());
                    assertTrue(link.getContents().startsWith("Opens https://"), link.getContents());
                    assertTrue(link.isPrinted(), "printable, as PDF/A asks");
                    assertTrue(link.getStructParent() >= 0);
                }
            }
            assertEquals(List.of(VIDEO, MORE), uris);
            List<String> linked = new ArrayList<>();
            collectLinks(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), linked);
            assertEquals(2, linked.size(), "each annotation is a kid of a Link element");
        }
    }

    private static void collectLinks(List<Object> kids, List<String> linked) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (element.getStructureType().equals("Link")) {
                    element.getKids().stream().filter(PDObjectReference.class::isInstance).forEach(ref -> linked.add("OBJR"));
                }
                collectLinks(element.getKids(), linked);
            } else if (kid instanceof PDStructureNode node) {
                collectLinks(node.getKids(), linked);
            }
        }
    }
}
