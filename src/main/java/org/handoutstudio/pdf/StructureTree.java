package org.handoutstudio.pdf;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.handoutstudio.layout.StructNode;

/**
 * The PDF's logical structure, built from the layout's {@link StructNode} tree before anything is
 * painted: one structure element per node (table header cells with their scope), then, as pages
 * are painted, each piece of marked content and each link annotation tied to its element through
 * the parent tree, which is how assistive technology finds its way from a page back to the tree.
 */
final class StructureTree {

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final Map<StructNode, PDStructureElement> elements = new IdentityHashMap<>();
    private final Map<Integer, COSBase> parentTree = new HashMap<>();
    private final PDStructureElement document;
    private PDPage firstPage;
    private int nextKey;

    StructureTree(PDDocument pdf, StructNode structure) {
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        document = build(structure, null);
    }

    private PDStructureElement build(StructNode node, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(node.role(), parent);
        if (parent == null) {
            root.appendKid(element);
            element.setParent(root);
        } else {
            parent.appendKid(element);
        }
        if (node.altText() != null) {
            element.setAlternateDescription(node.altText());
        }
        if (node.scope() != null) {
            PDTableAttributeObject table = new PDTableAttributeObject();
            table.setScope(node.scope() == StructNode.Scope.ROW ? PDTableAttributeObject.SCOPE_ROW
                    : PDTableAttributeObject.SCOPE_COLUMN);
            element.addAttribute(table);
        }
        elements.put(node, element);
        for (StructNode child : node.children()) {
            build(child, element);
        }
        return element;
    }

    /** Starts a page: the key its marked content is listed under in the parent tree. */
    Page page(PDPage pdfPage) {
        int key = nextKey++;
        pdfPage.setStructParents(key);
        COSArray owners = new COSArray();
        parentTree.put(key, owners);
        if (firstPage == null) {
            firstPage = pdfPage;
        }
        return new Page(pdfPage, owners);
    }

    /** The marked content of one page, numbered in painting order. */
    final class Page {
        private final PDPage pdfPage;
        private final COSArray owners;

        private Page(PDPage pdfPage, COSArray owners) {
            this.pdfPage = pdfPage;
            this.owners = owners;
        }

        /** The properties that mark a run of content as belonging to {@code owner}. */
        PDPropertyList mark(StructNode owner) {
            PDStructureElement element = elements.get(owner);
            int mcid = owners.size();
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setMCID(mcid);
            reference.setPage(pdfPage);
            element.appendKid(reference);
            if (element.getPage() == null) {
                element.setPage(pdfPage);
            }
            owners.add(element);
            return PDPropertyList.create(properties);
        }

        /** Ties a link annotation on this page to its Link element. */
        void link(PDAnnotation annotation, StructNode owner) {
            PDStructureElement element = elements.get(owner);
            int key = nextKey++;
            annotation.setStructParent(key);
            parentTree.put(key, element.getCOSObject());
            PDObjectReference reference = new PDObjectReference();
            reference.setReferencedObject(annotation);
            reference.setPage(pdfPage);
            element.appendKid(reference);
        }
    }

    /** Writes the parent tree once every page is painted. */
    void finish() {
        PDNumberTreeNode numbers = new PDNumberTreeNode(COSBase.class);
        numbers.setNumbers(parentTree);
        root.setParentTree(numbers);
        root.setParentTreeNextKey(nextKey);
        if (document != null) {
            document.setPage(firstPage);
        }
    }
}
