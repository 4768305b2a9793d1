package org.handoutstudio.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;
import org.handoutstudio.graphics.Colour;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.graphics.PathOp;
import org.handoutstudio.graphics.RoundedRectangle;
import org.handoutstudio.graphics.VectorPath;
import org.handoutstudio.io.AtomicFiles;
import org.handoutstudio.io.BuildInfo;
import org.handoutstudio.layout.FontFace;
import org.handoutstudio.layout.FontMetrics;
import org.handoutstudio.layout.Page;
import org.handoutstudio.layout.PageItem;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.layout.StructNode;

/**
 * Paints a {@link PageList} into a tagged PDF meant to conform to PDF/UA-1 and PDF/A-2a: every
 * piece of content is either marked content of a structure element or an artifact, fonts are
 * embedded and subset, and the document carries its language, title, XMP identification and an
 * sRGB output intent. One PDDocument per export: PDFBox objects are not shared between threads.
 */
public final class PdfExporter {

    /** The sRGB profile for the output intent, read once. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // Deflate level 3 instead of 6: about a third faster on figure-heavy pages, a few per cent larger.
        if (System.getProperty("org.apache.pdfbox.filter.deflatelevel") == null) {
            System.setProperty("org.apache.pdfbox.filter.deflatelevel", "3");
        }
    }

    private final PageList pageList;
    private final PDDocument document = new PDDocument();
    private final Map<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);
    private final Map<StructNode, PDStructureElement> elements = new IdentityHashMap<>();
    private final Map<Object, PDImageXObject> images = new IdentityHashMap<>();

    private PdfExporter(PageList pageList) {
        this.pageList = pageList;
    }

    /** The PDF as bytes. */
    public static byte[] toBytes(PageList pageList) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(pageList, out);
        return out.toByteArray();
    }

    public static void write(PageList pageList, OutputStream out) throws IOException {
        new PdfExporter(pageList).run(out);
    }

    /** Writes to a temporary file beside {@code target} and moves it into place. */
    public static void write(PageList pageList, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(pageList, out));
    }

    private void run(OutputStream out) throws IOException {
        try (document) {
            document.setVersion(1.7f);
            PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(treeRoot);
            PDStructureElement root = buildElements(pageList.structure(), treeRoot);
            Map<Integer, COSArray> parentTree = new HashMap<>();
            List<PDPage> pdfPages = new ArrayList<>();
            for (Page page : pageList.pages()) {
                PDPage pdfPage = new PDPage(new PDRectangle((float) pageList.pageWidth(), (float) pageList.pageHeight()));
                document.addPage(pdfPage);
                pdfPages.add(pdfPage);
                int key = pdfPages.size() - 1;
                pdfPage.setStructParents(key);
                pdfPage.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
                parentTree.put(key, paint(page, pdfPage));
            }
            PDNumberTreeNode numbers = new PDNumberTreeNode(COSArray.class);
            numbers.setNumbers(parentTree);
            treeRoot.setParentTree(numbers);
            treeRoot.setParentTreeNextKey(pdfPages.size());
            if (root != null) {
                root.setPage(pdfPages.isEmpty() ? null : pdfPages.get(0));
            }
            catalog(pdfPages);
            document.getDocument().getTrailer().setItem(COSName.ID, documentId());
            document.save(out);
        }
    }

    /** Creates structure elements for the whole tree, in reading order, before any painting. */
    private PDStructureElement buildElements(StructNode node, Object parent) {
        PDStructureElement element;
        if (parent instanceof PDStructureTreeRoot treeRoot) {
            element = new PDStructureElement(node.role(), null);
            treeRoot.appendKid(element);
            element.setParent(treeRoot);
        } else {
            PDStructureElement parentElement = (PDStructureElement) parent;
            element = new PDStructureElement(node.role(), parentElement);
            parentElement.appendKid(element);
        }
        if (node.altText() != null) {
            element.setAlternateDescription(node.altText());
        }
        elements.put(node, element);
        for (StructNode child : node.children()) {
            buildElements(child, element);
        }
        return element;
    }

    /** Paints one page; returns the parent-tree array (the element that owns each MCID). */
    private COSArray paint(Page page, PDPage pdfPage) throws IOException {
        COSArray owners = new COSArray();
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
            List<PageItem> items = page.items();
            int i = 0;
            while (i < items.size()) {
                StructNode owner = items.get(i).owner();
                int end = i;
                while (end < items.size() && items.get(end).owner() == owner) {
                    end++;
                }
                if (owner == null) {
                    content.beginMarkedContent(COSName.ARTIFACT);
                } else {
                    PDStructureElement element = elements.get(owner);
                    int mcid = owners.size();
                    COSDictionary properties = new COSDictionary();
                    properties.setInt(COSName.MCID, mcid);
                    content.beginMarkedContent(COSName.getPDFName(owner.role()), PDPropertyList.create(properties));
                    PDMarkedContentReference reference = new PDMarkedContentReference();
                    reference.setMCID(mcid);
                    reference.setPage(pdfPage);
                    element.appendKid(reference);
                    if (element.getPage() == null) {
                        element.setPage(pdfPage);
                    }
                    owners.add(element);
                }
                for (int k = i; k < end; k++) {
                    draw(content, items.get(k));
                }
                content.endMarkedContent();
                i = end;
            }
        }
        return owners;
    }

    private void draw(PDPageContentStream content, PageItem item) throws IOException {
        double height = pageList.pageHeight();
        if (item instanceof PageItem.TextRun run) {
            content.beginText();
            content.setFont(font(run.face()), (float) run.size());
            fill(content, run.colour());
            content.newLineAtOffset((float) run.x(), (float) (height - run.baseline()));
            content.showText(run.text());
            content.endText();
        } else if (item instanceof PageItem.Box box) {
            drawBox(content, box, height);
        } else if (item instanceof PageItem.Graphic graphic) {
            content.saveGraphicsState();
            content.transform(new Matrix((float) graphic.scale(), 0, 0, (float) -graphic.scale(),
                    (float) graphic.x(), (float) (height - graphic.y())));
            drawDrawing(content, graphic.drawing());
            content.restoreGraphicsState();
        } else if (item instanceof PageItem.Picture picture) {
            PDImageXObject image = images.get(picture.image());
            if (image == null) {
                image = PDImageXObject.createFromByteArray(document, picture.image().encoded(), "image");
                images.put(picture.image(), image);
            }
            content.drawImage(image, (float) picture.x(), (float) (height - picture.y() - picture.height()),
                    (float) picture.width(), (float) picture.height());
        }
    }

    private void drawBox(PDPageContentStream content, PageItem.Box box, double pageHeight) throws IOException {
        float x = (float) box.x();
        float y = (float) (pageHeight - box.y() - box.height());
        float w = (float) box.width();
        float h = (float) box.height();
        float r = RoundedRectangle.radius(w, h, box.cornerRadius());
        if (r <= 0) {
            content.addRect(x, y, w, h);
        } else {
            addPath(content, RoundedRectangle.outline(x, y, w, h, r));
        }
        paintPath(content, box.fill(), box.stroke(), box.strokeWidth());
    }

    private void drawDrawing(PDPageContentStream content, Drawing drawing) throws IOException {
        content.setLineCapStyle(1);
        content.setLineJoinStyle(1);
        for (VectorPath path : drawing.paths()) {
            addPath(content, path.ops());
            paintPath(content, path.fill(), path.stroke(), path.strokeWidth());
        }
    }

    private static void addPath(PDPageContentStream content, List<PathOp> ops) throws IOException {
        for (PathOp op : ops) {
            if (op instanceof PathOp.MoveTo m) {
                content.moveTo((float) m.x(), (float) m.y());
            } else if (op instanceof PathOp.LineTo l) {
                content.lineTo((float) l.x(), (float) l.y());
            } else if (op instanceof PathOp.CurveTo c) {
                content.curveTo((float) c.c1x(), (float) c.c1y(), (float) c.c2x(), (float) c.c2y(),
                        (float) c.x(), (float) c.y());
            } else if (op instanceof PathOp.Close) {
                content.closePath();
            }
        }
    }

    private static void paintPath(PDPageContentStream content, Colour fill, Colour stroke, double width)
            throws IOException {
        if (fill != null) {
            fill(content, fill);
        }
        if (stroke != null) {
            content.setStrokingColor(stroke.red() / 255f, stroke.green() / 255f, stroke.blue() / 255f);
            content.setLineWidth((float) width);
        }
        if (fill != null && stroke != null) {
            content.fillAndStroke();
        } else if (fill != null) {
            content.fill();
        } else if (stroke != null) {
            content.stroke();
        }
    }

    private static void fill(PDPageContentStream content, Colour colour) throws IOException {
        content.setNonStrokingColor(colour.red() / 255f, colour.green() / 255f, colour.blue() / 255f);
    }

    private PDType0Font font(FontFace face) throws IOException {
        PDType0Font font = fonts.get(face);
        if (font == null) {
            font = PDType0Font.load(document, new ByteArrayInputStream(FontMetrics.of(face).bytes()), true);
            fonts.put(face, font);
        }
        return font;
    }

    private void catalog(List<PDPage> pdfPages) throws IOException {
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

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(Xmp.packet(pageList.title(), producer).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
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

    /** Both halves of the trailer ID come from the content, so identical input gives identical bytes. */
    private COSArray documentId() {
        byte[] id = HexFormat.of().parseHex(pageList.fixedId());
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        return array;
    }
}
