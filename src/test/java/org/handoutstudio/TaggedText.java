package org.handoutstudio;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text a PDF's tags give a screen reader, in content order: everything in marked content
 * except artifacts (running headers, footers, page numbers), so text that runs over a page
 * break reads on without the footer in the middle of it.
 */
public final class TaggedText {

    private TaggedText() {
    }

    public static String of(PDDocument document) throws IOException {
        StringBuilder text = new StringBuilder();
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            append(extractor.getMarkedContents(), text);
        }
        return text.toString();
    }

    private static void append(List<PDMarkedContent> contents, StringBuilder text) {
        for (PDMarkedContent content : contents) {
            if ("Artifact".equals(content.getTag())) {
                continue;
            }
            for (Object part : content.getContents()) {
                if (part instanceof TextPosition position) {
                    text.append(position.getUnicode());
                } else if (part instanceof PDMarkedContent nested) {
                    append(List.of(nested), text);
                }
            }
            text.append(' ');
        }
    }
}
