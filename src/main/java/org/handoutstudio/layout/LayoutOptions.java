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
}
