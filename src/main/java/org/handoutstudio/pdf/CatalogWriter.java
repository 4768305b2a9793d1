package org.handoutstudio.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.handoutstudio.io.BuildInfo;
import org.handoutstudio.layout.PageList;

/**
 * The document-level parts of a conforming PDF: its language, tagged-PDF mark, viewer
 * preferences, title and producer (never patient details), XMP identification for PDF/A-2a and
 * PDF/UA-1, the sRGB output intent, and the outline of section headings.
 */
final class CatalogWriter {

    /** The sRGB profile for the output intent, read once. */
    private CatalogWriter() {
    }

    static void write(PDDocument document, PageList pageList, List<PDPage> pdfPages) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(pageList.language());
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        String producer = "Handout Studio " + BuildInfo.version();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(pageList.title());
        info.setProducer(producer);
        info.setCreator(producer);

        // Compressed like every other stream: PDF/A-2 (unlike PDF/A-1) allows a filter on the metadata.
        COSStream xmp = document.getDocument().createCOSStream();
        try (OutputStream out = xmp.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(Xmp.packet(pageList.title(), producer).getBytes(StandardCharsets.UTF_8));
        }
        xmp.setItem(COSName.TYPE, COSName.METADATA);
        xmp.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
        catalog.setMetadata(new PDMetadata(xmp));

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SrgbProfile.bytes()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        if (!pageList.bookmarks().isEmpty()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            for (var bookmark : pageList.bookmarks()) {
                PDPageXYZDestination destination = new PDPageXYZDestination();
                destination.setPage(pdfPages.get(bookmark.pageIndex()));
                destination.setTop((int) Math.round(pageList.pageHeight() - bookmark.y()));
                destination.setLeft(0);
                PDOutlineItem entry = new PDOutlineItem();
                entry.setTitle(bookmark.title());
                entry.setDestination(destination);
                outline.addLast(entry);
            }
            catalog.setDocumentOutline(outline);
        }
    }

}
