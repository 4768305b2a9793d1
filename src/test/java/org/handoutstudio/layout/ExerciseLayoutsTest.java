package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.graphics.Colour;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.library.Side;
import org.junit.jupiter.api.Test;

/** The programme and compact layouts: cards that fit their slots, never split, print short, and stay clear. */
class ExerciseLayoutsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    /** The six exercises of "Back pain: getting moving again" as it was when every card took a page. */
    private static final List<String> SIX = List.of("press-up-lying", "knees-to-chest", "knee-rolls", "pelvic-tilt",
            "cat-stretch", "walking-programme");

    private static PageList layout(Handout handout, ExerciseLayout layout) {
        return layout(handout, new LayoutOptions(Paper.A4, false, DAY, layout, 0, false));
    }

    private static PageList layout(Handout handout, LayoutOptions options) {
        return HandoutLayout.layout(handout, LibraryLoader.bundled(), Branding.DEFAULT, options, TestHandouts.figures());
    }

    private static List<Exercise> exercises() {
        return LibraryLoader.bundled().items().stream().filter(Exercise.class::isInstance).map(Exercise.class::cast).toList();
    }

    /**
     * The bundled exercises whose text is too long for the slot their layout promises (two or three
     * to a page): each takes a larger slot instead of being cut. The target is none; the list is
     * kept exact, so a card that grows past its slot, or one trimmed to fit, updates it on purpose.
     * US Letter is 50 points shorter than A4, so more cards overflow there.
     */
    private static final List<String> OVERFLOWING = List.of(
            "A4 COMPACT body-scan-relaxation",
            "A4 COMPACT hamstring-stretch",
            "A4 COMPACT wrist-extension-hold",
            "A4 PROGRAMME body-scan-relaxation",
            "LETTER COMPACT body-scan-relaxation",
            "LETTER COMPACT hamstring-stretch",
            "LETTER COMPACT hip-hinge",
            "LETTER COMPACT inner-range-quads",
            "LETTER COMPACT neck-isometrics",
            "LETTER COMPACT press-up-lying",
            "LETTER COMPACT prone-back-extension",
            "LETTER COMPACT seated-back-extension",
            "LETTER COMPACT upper-trapezius-stretch",
            "LETTER COMPACT wrist-extension-hold",
            "LETTER PROGRAMME body-scan-relaxation",
            "LETTER PROGRAMME buttock-stretch",
            "LETTER PROGRAMME hamstring-stretch",
            "LETTER PROGRAMME neck-isometrics",
            "LETTER PROGRAMME pendulum",
            "LETTER PROGRAMME plantar-fascia-stretch",
            "LETTER PROGRAMME prone-back-extension",
            "LETTER PROGRAMME standing-feet-together",
            "LETTER PROGRAMME standing-quads-stretch",
            "LETTER PROGRAMME swimming-or-cycling",
            "LETTER PROGRAMME upper-trapezius-stretch",
            "LETTER PROGRAMME wrist-extension-hold");

    /** Lists the bundled exercises that do not fit the slot their layout promises, on A4 and on Letter. */
    @Test
    void bundledExercisesFitTheirSlotsButForTheListedFew() {
        List<String> overflowing = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (Paper paper : Paper.values()) {
            PageDesign design = new PageDesign(paper.width(), paper.height(), false, Branding.DEFAULT);
            for (ExerciseLayout layout : List.of(ExerciseLayout.PROGRAMME, ExerciseLayout.COMPACT)) {
                double slot = ExerciseCards.slotHeight(layout, design);
                for (Exercise exercise : exercises()) {
                    LayoutContext context = new LayoutContext(design, Branding.DEFAULT, TestHandouts.figures());
                    Flow flow = new Flow(design, 0, design.contentWidth());
                    ExerciseCards.card(layout, context, exercise, HandoutItem.of(exercise.id()), 1).compose(flow);
                    assertEquals(1, flow.slices.size(), exercise.id() + " is one card that never splits");
                    double height = flow.slices.get(0).height();
                    if (height > slot) {
                        overflowing.add(paper + " " + layout + " " + exercise.id());
                        report.add(String.format(Locale.ROOT, "%s %s %s: %.0f pt in a %.0f pt slot", paper, layout,
                                exercise.id(), height, slot));
                    }
                }
            }
        }
        System.out.println("cards that take a larger slot: " + String.join("; ", report));
        assertEquals(OVERFLOWING, overflowing.stream().sorted().toList(), "cards that take a larger slot than their layout's");
    }

    @Test
    void sixExercisesPrintOnThreePagesAsAProgrammeAndTwoCompact() {
        Handout six = Handout.of("Back pain: getting moving again", SIX.stream().map(HandoutItem::of).toList());
        assertEquals(6, layout(six, ExerciseLayout.DETAILED).pages().size(), "a page each, as before");
        assertTrue(layout(six, ExerciseLayout.PROGRAMME).pages().size() <= 3);
        assertTrue(layout(six, ExerciseLayout.COMPACT).pages().size() <= 2);
    }

    @Test
    void programmeHandoutsPrintShorterThanDetailedOnesAndNoTemplatePassesNinePages() {
        List<String> report = new ArrayList<>();
        for (var template : Templates.bundled()) {
            int detailed = layout(template.toHandout(), ExerciseLayout.DETAILED).pages().size();
            int programme = layout(template.toHandout(), ExerciseLayout.PROGRAMME).pages().size();
            int compact = layout(template.toHandout(), ExerciseLayout.COMPACT).pages().size();
            report.add(template.id() + " " + detailed + "/" + programme + "/" + compact);
            assertTrue(programme <= detailed && compact <= programme, String.join(", ", report));
            assertTrue(programme <= 9, template.id() + ": " + programme + " pages");
        }
        System.out.println("pages detailed/programme/compact: " + String.join(", ", report));
    }

    /** Body text never shrinks below 12 pt; header, footer and captions never below 10 pt. */
    @Test
    void textIsNeverSmallerThanClearPrintAllows() {
        for (ExerciseLayout layout : ExerciseLayout.values()) {
            Handout handout = TestHandouts.template("exercising-safely-gym");
            for (Page page : layout(handout, new LayoutOptions(Paper.A4, false, DAY, layout, 2, false)).pages()) {
                for (PageItem item : page.items()) {
                    if (item instanceof PageItem.TextRun run) {
                        assertTrue(run.size() >= 10, layout + ": " + run.text() + " at " + run.size());
                        if (run.owner() != null && !run.owner().role().equals("Link")) {
                            assertTrue(run.size() >= 12, layout + ": " + run.text() + " at " + run.size());
                        }
                    }
                }
            }
        }
    }

    @Test
    void anExerciseForTheLeftSideShowsItsFigureMirrored() {
        Exercise clam = (Exercise) LibraryLoader.bundled().find("clam").orElseThrow();
        Dosage left = new Dosage(null, null, null, null, null, null, Side.LEFT, null, null, null);
        HandoutItem leftSide = HandoutItem.of("clam").withDosage(left);
        PageItem.Graphic right = figureOf(layout(Handout.of("Clam", List.of(HandoutItem.of("clam"))), ExerciseLayout.PROGRAMME));
        PageItem.Graphic mirrored = figureOf(layout(Handout.of("Clam", List.of(leftSide)), ExerciseLayout.PROGRAMME));
        assertEquals(TestHandouts.figures().drawingFor(clam, false).orElseThrow(), right.drawing());
        assertEquals(TestHandouts.figures().drawingFor(clam, true).orElseThrow(), mirrored.drawing());
        assertNotEquals(right.drawing(), mirrored.drawing());
    }

    private static PageItem.Graphic figureOf(PageList pages) {
        return pages.pages().stream().flatMap(page -> page.items().stream()).filter(PageItem.Graphic.class::isInstance)
                .map(PageItem.Graphic.class::cast).filter(graphic -> graphic.owner() != null).findFirst().orElseThrow();
    }

    /** In ink-saver mode nothing is filled with a tint or band: only white, and lines no thicker than a rule. */
    @Test
    void inkSaverPrintsNoTintedBackgroundsOrBands() {
        Handout handout = TestHandouts.template("sciatica-leg-pain");
        List<String> filled = new ArrayList<>();
        for (Page page : layout(handout, new LayoutOptions(Paper.A4, false, DAY, ExerciseLayout.PROGRAMME, 2, true)).pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof PageItem.Box box && box.fill() != null && !box.fill().equals(Colour.WHITE)
                        && Math.min(box.width(), box.height()) > 1.5) {
                    filled.add("page " + page.number() + ": " + box);
                }
            }
        }
        assertEquals(List.of(), filled);
        String text = TestHandouts.text(layout(handout, new LayoutOptions(Paper.A4, false, DAY, ExerciseLayout.PROGRAMME,
                0, true)));
        assertTrue(text.contains("Emergency") && text.contains("Urgent") && text.contains("Routine"),
                "tiers are still told apart in words");
    }

    @Test
    void aSafetyNettingBoxStartingANewPageRepeatsItsSectionTitle() {
        PageList pages = layout(TestHandouts.template("exercising-safely-gym"), ExerciseLayout.PROGRAMME);
        List<String> continued = pages.pages().stream().flatMap(page -> page.items().stream())
                .filter(PageItem.TextRun.class::isInstance).map(PageItem.TextRun.class::cast)
                .filter(run -> run.text().contains("(continued)")).toList().stream()
                .map(run -> run.owner() == null ? "artifact" : run.owner().role()).toList();
        assertFalse(continued.isEmpty(), "a tier box moved to the next page under its title");
        assertEquals(new TreeSet<>(List.of("artifact")), new TreeSet<>(continued), "the repeat is decoration, not a heading");
    }
}
