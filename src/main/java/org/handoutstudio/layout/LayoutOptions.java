package org.handoutstudio.layout;

import java.time.LocalDate;
import org.handoutstudio.handout.Paper;

/**
 * How to lay a handout out. {@code producedOn} is printed in the footer and is part of the
 * fixed document id, so the same handout on the same day gives the same PDF bytes.
 */
public record LayoutOptions(Paper paper, boolean largePrint, LocalDate producedOn) {

    public LayoutOptions {
        paper = paper == null ? Paper.A4 : paper;
        producedOn = producedOn == null ? LocalDate.now() : producedOn;
    }

    public static LayoutOptions defaults() {
        return new LayoutOptions(Paper.A4, false, LocalDate.now());
    }

    /**
     * These options as text, for the fixed document id. Written out rather than left to the
     * record's toString, whose format Java leaves unspecified: the id must not change with the JDK.
     * (It reads as toString did, so existing ids stay the same.)
     */
    String fingerprint() {
        return new StringBuilder("LayoutOptions[paper=").append(paper.name()).append(", largePrint=").append(largePrint)
                .append(", producedOn=").append(producedOn).append(']').toString();
    }
}
