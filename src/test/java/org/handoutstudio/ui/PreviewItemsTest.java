package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.layout.Bookmark;
import org.handoutstudio.layout.PageList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From a point on a preview page to the handout item printed there, and back. */
class PreviewItemsTest {

    @TempDir
    Path dataDir;

    @Test
    void eachItemsStartLeadsBackToThatItem() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.files().newHandout(Templates.find("acute-low-back-pain").orElseThrow());
        PageList pages = model.preview().pagesProperty().get();
        List<HandoutItem> items = model.editing().handoutProperty().get().items();
        for (int i = 0; i < items.size(); i++) {
            Bookmark start = PreviewItems.startOf(pages, items, model.library().library(), i);
            assertNotNull(start, "item " + i + " is laid out");
            assertEquals(OptionalInt.of(i), PreviewItems.itemAt(pages, items, model.library().library(),
                    start.pageIndex(), start.y() + 5), "a click just inside item " + i);
        }
    }

    @Test
    void theMastheadAndAMissingItemSelectNothing() {
        EditorViewModel model = TestEditor.model(dataDir);
        model.files().newHandout(Templates.find("acute-low-back-pain").orElseThrow());
        PageList pages = model.preview().pagesProperty().get();
        List<HandoutItem> items = model.editing().handoutProperty().get().items();
        assertTrue(PreviewItems.itemAt(pages, items, model.library().library(), 0, 10).isEmpty(), "the masthead");
        List<HandoutItem> withMissing = new ArrayList<>(items);
        withMissing.add(0, HandoutItem.of("no-such-item"));
        Bookmark first = PreviewItems.startOf(pages, withMissing, model.library().library(), 1);
        assertEquals(OptionalInt.of(1), PreviewItems.itemAt(pages, withMissing, model.library().library(),
                first.pageIndex(), first.y() + 5), "a missing item is skipped, as the layout skips it");
        assertEquals(null, PreviewItems.startOf(pages, withMissing, model.library().library(), 0));
    }
}
