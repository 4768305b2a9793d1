package org.handoutstudio.layout;

import java.time.LocalDate;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.handout.Settings;

/**
 * How to lay a handout out. {@code producedOn} is printed in the footer and is part of the
 * fixed document id, so the same handout on the same day gives the same PDF bytes.
 *
 * @param layout     how exercise cards print (large print always prints them in full)
 * @param diaryWeeks weeks of the exercise diary; 0 for no diary page
 * @param inkSaver   no tinted backgrounds or filled bands
 */
public record LayoutOptions(Paper paper, boolean largePrint, LocalDate producedOn, ExerciseLayout layout,
                            int diaryWeeks, boolean inkSaver) {

    public LayoutOptions {
        paper = paper == null ? Paper.A4 : paper;
        producedOn = producedOn == null ? LocalDate.now() : producedOn;
        layout = largePrint || layout == null ? ExerciseLayout.DETAILED : layout;
        diaryWeeks = Math.max(0, Math.min(Handout.MAX_DIARY_WEEKS, diaryWeeks));
    }

    /** Full cards, no diary, in colour. */
    public LayoutOptions(Paper paper, boolean largePrint, LocalDate producedOn) {
        this(paper, largePrint, producedOn, ExerciseLayout.DETAILED, 0, false);
    }

    public static LayoutOptions defaults() {
        return new LayoutOptions(Paper.A4, false, LocalDate.now());
    }

    /** Choices made for one export or preview (command-line flags); null leaves the choice to the handout. */
    public record Overrides(Paper paper, Boolean largePrint, LocalDate producedOn, ExerciseLayout layout, Boolean diary,
                            Integer diaryWeeks, Boolean inkSaver) {
        public static final Overrides NONE = new Overrides(null, null, null, null, null, null, null);

        /** Only the day the handout is produced on. */
        public static Overrides producedOn(LocalDate day) {
            return new Overrides(null, null, day, null, null, null, null);
        }
    }

    /** Programme cards unless the handout or this export says otherwise. */
    public static final ExerciseLayout DEFAULT_LAYOUT = ExerciseLayout.PROGRAMME;

    /**
     * The one rule for which options apply: a choice made for this export, else the handout's
     * own, else the user's settings, else the defaults (A4, normal print, programme cards, no
     * diary, colour, produced today).
     */
    public static LayoutOptions resolve(Handout handout, Settings settings, Overrides overrides) {
        Overrides chosen = overrides == null ? Overrides.NONE : overrides;
        Paper paper = first(chosen.paper(), handout.paper(), settings.paper(), Paper.A4);
        boolean largePrint = first(chosen.largePrint(), handout.largePrint(), settings.largePrint(), false);
        ExerciseLayout layout = first(chosen.layout(), handout.layout(), DEFAULT_LAYOUT);
        boolean diary = first(chosen.diary(), handout.diary(), false);
        int weeks = first(chosen.diaryWeeks(), handout.diaryWeeks(), Handout.DEFAULT_DIARY_WEEKS);
        boolean inkSaver = first(chosen.inkSaver(), handout.inkSaver(), false);
        return new LayoutOptions(paper, largePrint, chosen.producedOn(), layout, diary ? weeks : 0, inkSaver);
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
     */
    String fingerprint() {
        return new StringBuilder("LayoutOptions[paper=").append(paper.name()).append(", largePrint=").append(largePrint)
                .append(", producedOn=").append(producedOn).append(", layout=").append(layout.name())
                .append(", diaryWeeks=").append(diaryWeeks).append(", inkSaver=").append(inkSaver).append(']').toString();
    }
}
