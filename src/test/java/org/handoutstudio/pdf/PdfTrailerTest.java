package org.handoutstudio.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.handout.Templates;
import org.junit.jupiter.api.Test;

/**
 * The file's own bookkeeping is right, as {@code qpdf --check} reads it: the trailer's /Size is one
 * more than the highest object number in the cross-reference table (PDFBox 3.0.5 wrote one too many).
 */
class PdfTrailerTest {

    @Test
    void theTrailerSizeIsOneMoreThanTheHighestObjectNumber() throws Exception {
        for (var template : Templates.bundled()) {
            try (PDDocument pdf = Loader.loadPDF(PdfExporter.toBytes(TestHandouts.layout(template.toHandout())))) {
                long highest = pdf.getDocument().getXrefTable().keySet().stream().mapToLong(key -> key.getNumber())
                        .max().orElseThrow();
                assertEquals(highest + 1, pdf.getDocument().getTrailer().getInt(COSName.SIZE), template.id());
            }
        }
    }
}
