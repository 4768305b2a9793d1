package org.handoutstudio.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node of the document's logical structure (the PDF structure tree): its standard role
 * (Document, Sect, H1, H2, H3, P, L, LI, Lbl, LBody, Figure, Table, TR, TH, TD), alternative
 * text for figures, and children in reading order. Content on a page points to its leaf node;
 * content that points to none is decoration (a PDF artifact).
 *
 * Containers hold only child nodes and leaves hold only content, so the order of a node's kids
 * is never ambiguous.
 */
public final class StructNode {

    private final String role;
    private final String altText;
    private final List<StructNode> children = new ArrayList<>();

    private StructNode(String role, String altText) {
        this.role = role;
        this.altText = altText;
    }

    public static StructNode document() {
        return new StructNode("Document", null);
    }

    /** Appends a child with the given role and returns it. */
    public StructNode add(String childRole) {
        StructNode child = new StructNode(childRole, null);
        children.add(child);
        return child;
    }

    /** Appends a figure with its alternative text. */
    public StructNode addFigure(String alt) {
        StructNode child = new StructNode("Figure", alt);
        children.add(child);
        return child;
    }

    public String role() {
        return role;
    }

    public String altText() {
        return altText;
    }

    public List<StructNode> children() {
        return Collections.unmodifiableList(children);
    }

    @Override
    public String toString() {
        return role;
    }
}
