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

    /** Which cells a table header cell heads. */
    public enum Scope { COLUMN, ROW }

    private final String role;
    private final String altText;
    private final Scope scope;
    private final List<StructNode> children = new ArrayList<>();

    private StructNode(String role, String altText) {
        this(role, altText, null);
    }

    private StructNode(String role, String altText, Scope scope) {
        this.role = role;
        this.altText = altText;
        this.scope = scope;
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

    /** Appends a table header cell (TH) that heads its column or its row. */
    public StructNode addHeaderCell(Scope headerScope) {
        StructNode child = new StructNode("TH", null, headerScope);
        children.add(child);
        return child;
    }

    /** For a header cell, whether it heads a column or a row; null otherwise. */
    public Scope scope() {
        return scope;
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
