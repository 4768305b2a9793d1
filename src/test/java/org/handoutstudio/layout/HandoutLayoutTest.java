package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.library.TextBlock;
import org.junit.jupiter.api.Test;

class HandoutLayoutTest {

    @Test
    void emptyHandoutIsOneTidyPage() {
        PageList pages = TestHandouts.layout(Handout.blank("Just a title"));
        assertEquals(1, pages.pages().size());
        assertTrue(pages.pages().get(0).items().stream().anyMatch(item -> item instanceof PageItem.TextRun run
                && run.text().equals("Just a title")));
    }

    @Test
    void nothingIsPaintedOutsideThePage() {
        for (var template : Templates.bundled()) {
            PageList pages = TestHandouts.layout(template.toHandout());
            for (Page page : pages.pages()) {
                for (PageItem item : page.items()) {
                    assertTrue(item.left() >= pages.margins().left() - 0.01, template.id() + " " + item);
                    assertTrue(item.right() <= pages.pageWidth() - pages.margins().right() + 0.01, template.id() + " " + item);
                    assertTrue(item.top() >= 0 && item.bottom() <= pages.pageHeight(), template.id() + " " + item);
                    if (item.owner() != null) {
                        assertTrue(item.top() >= pages.margins().top() - 0.01, "body above margin: " + item);
                        assertTrue(item.bottom() <= pages.pageHeight() - pages.margins().bottom() + 0.01,
                                "body below margin: " + item);
                    }
                }
            }
        }
    }

    @Test
    void exerciseCardsAreNeverSplit() {
        PageList pages = TestHandouts.layout(TestHandouts.template("exercising-safely-gym"));
        // Every H2 section that is an exercise card has its heading and its last text on the same page.
        for (StructNode section : pages.structure().children()) {
            if (section.children().isEmpty() || !section.children().get(0).role().equals("H2")) {
                continue;
            }
            List<Integer> pagesOfSection = pagesOf(pages, section);
            String heading = text(pages, section.children().get(0));
            if (heading.matches("\\d+\\. .*")) {
                assertEquals(1, pagesOfSection.stream().distinct().count(), "card split: " + heading);
            }
        }
    }

    @Test
    void headingsAreNeverLastOnAPage() {
        for (var template : Templates.bundled()) {
            PageList pages = TestHandouts.layout(template.toHandout());
            for (Page page : pages.pages()) {
                List<PageItem> body = page.items().stream().filter(item -> item.owner() != null).toList();
                if (body.isEmpty()) {
                    continue;
                }
                StructNode last = body.get(body.size() - 1).owner();
                assertFalse(last.role().startsWith("H"), template.id() + " page " + page.number() + " ends with a heading");
            }
        }
    }

    @Test
    void hugeInputsLayOutWithoutFailing() {
        String longWord = "x".repeat(10_000);
        String megabyte = "Words of a very long paragraph. ".repeat(32_000);
        String controls = "Bell\u0007 and tab\tand null\u0000 characters";
        Handout handout = Handout.blank("Stress").withItems(List.of(
                HandoutItem.freeText("Long word", List.of(new TextBlock.Paragraph(longWord))),
                HandoutItem.freeText("Controls", List.of(new TextBlock.Paragraph(controls))),
                HandoutItem.freeText("Huge", List.of(new TextBlock.Paragraph(megabyte)))));
        PageList pages = TestHandouts.layout(handout);
        assertTrue(pages.pages().size() > 100);
        for (Page page : pages.pages()) {
            for (PageItem item : page.items()) {
                assertTrue(item.right() <= pages.pageWidth() - pages.margins().right() + 0.01);
                if (item instanceof PageItem.TextRun run) {
                    assertFalse(run.text().chars().anyMatch(Character::isISOControl), "control character printed");
                }
            }
        }
    }

    @Test
    void largePrintMakesBodyTextAtLeast16Points() {
        var options = new LayoutOptions(null, true, TestHandouts.DAY);
        PageList pages = HandoutLayout.layout(TestHandouts.template("acute-low-back-pain"),
                org.handoutstudio.library.LibraryLoader.bundled(), null, options, org.handoutstudio.TestHandouts.figures());
        double smallestBody = pages.pages().stream().flatMap(page -> page.items().stream())
                .filter(item -> item instanceof PageItem.TextRun && item.owner() != null)
                .mapToDouble(item -> ((PageItem.TextRun) item).size()).min().orElseThrow();
        assertTrue(smallestBody >= 16, "smallest body text " + smallestBody);
        assertTrue(pages.pages().size() > TestHandouts.layout(TestHandouts.template("acute-low-back-pain")).pages().size());
    }

    static List<Integer> pagesOf(PageList pages, StructNode node) {
        java.util.Set<StructNode> nodes = new java.util.HashSet<>();
        collect(node, nodes);
        return pages.pages().stream().filter(page -> page.items().stream().anyMatch(i -> nodes.contains(i.owner())))
                .map(Page::number).toList();
    }

    private static void collect(StructNode node, java.util.Set<StructNode> into) {
        into.add(node);
        node.children().forEach(child -> collect(child, into));
    }

    static String text(PageList pages, StructNode node) {
        StringBuilder text = new StringBuilder();
        pages.pages().forEach(page -> page.items().forEach(item -> {
            if (item.owner() == node && item instanceof PageItem.TextRun run) {
                text.append(run.text());
            }
        }));
        return text.toString();
    }
}
