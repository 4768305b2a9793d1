package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;

/** The exercise plan and diary page: its own page, every exercise in order, a real table per week. */
class DiaryPageTest {

    private static PageList layout(Handout handout, int weeks) {
        return HandoutLayout.layout(handout, LibraryLoader.bundled(), Branding.DEFAULT,
                new LayoutOptions(Paper.A4, false, LocalDate.of(2026, 11, 30), ExerciseLayout.PROGRAMME, weeks, false),
                TestHandouts.figures());
    }

    private static List<StructNode> all(StructNode node, String role) {
        List<StructNode> found = new ArrayList<>();
        if (node.role().equals(role)) {
            found.add(node);
        }
        node.children().forEach(child -> found.addAll(all(child, role)));
        return found;
    }

    @Test
    void eachWeekIsATableWithAHeaderRowAndARowPerExercise() {
        Handout handout = TestHandouts.template("acute-low-back-pain");
        long exercises = handout.items().stream().filter(item -> LibraryLoader.bundled().find(item.ref()).orElseThrow()
                instanceof org.handoutstudio.library.Exercise).count();
        PageList pages = layout(handout, 2);
        List<StructNode> tables = all(pages.structure(), "Table");
        assertEquals(2, tables.size(), "one table a week");
        for (StructNode table : tables) {
            List<StructNode> rows = table.children();
            assertEquals(exercises + 1, rows.size());
            assertEquals(8, rows.get(0).children().size(), "Exercise, then Monday to Sunday");
            assertTrue(rows.get(0).children().stream().allMatch(cell -> cell.role().equals("TH")
                    && cell.scope() == StructNode.Scope.COLUMN));
            for (StructNode row : rows.subList(1, rows.size())) {
                assertEquals(8, row.children().size(), "a regular table");
                assertEquals(StructNode.Scope.ROW, row.children().get(0).scope(), "the exercise heads its row");
                assertTrue(row.children().subList(1, 8).stream().allMatch(cell -> cell.role().equals("TD")));
            }
        }
        String text = TestHandouts.text(pages);
        assertTrue(text.contains("Your exercise plan and diary") && text.contains("Week 2") && text.contains("Sun"), text);
    }

    @Test
    void theDiaryStartsAPageOfItsOwnAndMoreWeeksRunOnToMorePages() {
        Handout handout = TestHandouts.template("acute-low-back-pain");
        int without = layout(handout, 0).pages().size();
        PageList two = layout(handout, 2);
        PageList six = layout(handout, 6);
        assertTrue(two.pages().size() > without);
        assertTrue(six.pages().size() > two.pages().size(), "six weeks need more pages than two");
        int diaryPage = two.bookmarks().stream().filter(bookmark -> bookmark.title().equals("Your exercise plan and diary"))
                .findFirst().orElseThrow().pageIndex();
        assertEquals(without, diaryPage, "the diary begins on the page after the handout");
    }

    @Test
    void aHandoutWithoutExercisesHasNoDiary() {
        Handout advice = Handout.of("Advice", List.of(HandoutItem.of("understanding-back-pain")));
        assertFalse(DiaryPage.hasExercises(advice, LibraryLoader.bundled()));
        assertEquals(layout(advice, 0).pages().size(), layout(advice, 3).pages().size());
        assertFalse(TestHandouts.text(layout(advice, 3)).contains("diary"));
    }
}
