package org.handoutstudio.layout;

import java.time.LocalDate;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.handout.Settings;

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

    /** Choices made for one export or preview (a command-line flag); null leaves the choice to the handout. */
    public record Overrides(Paper paper, Boolean largePrint, LocalDate producedOn) {
        public static final Overrides NONE = new Overrides(null, null, null);
    }

    /**
     * The one rule for which options apply: a choice made for this export, else the handout's
     * own, else the user's settings, else the defaults (A4, normal print, produced today).
     */
    public static LayoutOptions resolve(Handout handout, Settings settings, Overrides overrides) {
        Overrides chosen = overrides == null ? Overrides.NONE : overrides;
        Paper paper = first(chosen.paper(), handout.paper(), settings.paper(), Paper.A4);
        boolean largePrint = first(chosen.largePrint(), handout.largePrint(), settings.largePrint(), false);
        return new LayoutOptions(paper, largePrint, chosen.producedOn());
    }

    @SafeVarargs
    private static <T> T first(T... choices) {
        for (T choice : choices) {
            if (choice != null) {
                return choice;
            }
        }
        throw new IllegalArgumentException("no default");
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
