package org.handoutstudio;

import java.time.LocalDate;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.library.LibraryLoader;

/** Shared inputs for tests: templates laid out on a fixed date. */
public final class TestHandouts {

    public static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    private TestHandouts() {
    }

    public static Handout template(String id) {
        return Templates.find(id).orElseThrow().toHandout();
    }

    public static LayoutOptions options() {
        return new LayoutOptions(null, false, DAY);
    }

    public static PageList layout(Handout handout) {
        return HandoutLayout.layout(handout, LibraryLoader.bundled(), Branding.DEFAULT, options(), figures());
    }

    /** Every run of text on the pages, a line each, in painting order. */
    public static String text(PageList pages) {
        StringBuilder text = new StringBuilder();
        pages.pages().forEach(page -> page.items().forEach(item -> {
            if (item instanceof org.handoutstudio.layout.PageItem.TextRun run) {
                text.append(run.text()).append('\n');
            }
        }));
        return text.toString();
    }

    public static FigureSource figures() {
        return org.handoutstudio.figures.ExerciseFigures.bundled();
    }
}
