package org.handoutstudio.ui;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.layout.Bookmark;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.ui.preview.PreviewPane;

/** The live preview with its toolbar: page up and down, the page count and the zoom. */
final class PreviewArea extends BorderPane {

    private final EditorViewModel model;
    private final PreviewPane preview = new PreviewPane();
    private final Label pageLabel = new Label();

    PreviewArea(EditorViewModel model) {
        this.model = model;
        preview.pagesProperty().bind(model.preview().pagesProperty());
        // Keyboard users reach the pages with Tab and scroll them with the arrow and Page keys.
        preview.setFocusTraversable(true);
        preview.setAccessibleText(Messages.get("preview.heading"));
        // Toolbars first, so Tab reaches the page buttons, zoom and print choices before the pages themselves.
        ToolBar choices = new ToolBar(new PrintChoices(model.editing()));
        choices.getStyleClass().add("print-choices");
        setTop(new VBox(toolbar(), choices));
        setCenter(preview);
    }

    private ToolBar toolbar() {
        ComboBox<String> zoom = new ComboBox<>();
        zoom.setId("zoom");
        // The fit choices are words from the bundle; anything else is a percentage.
        String fitWidth = Messages.get("preview.zoom.fitWidth");
        String fitPage = Messages.get("preview.zoom.fitPage");
        zoom.getItems().addAll(fitWidth, fitPage, "50%", "75%", "100%", "150%");
        zoom.setValue(fitWidth);
        zoom.valueProperty().addListener((o, a, b) -> preview.zoomProperty().set(b.equals(fitWidth) ? PreviewPane.FIT_WIDTH
                : b.equals(fitPage) ? PreviewPane.FIT_PAGE : Integer.parseInt(b.replace("%", "")) / 100.0));
        Button previous = pageButton("previousPage", "\u25B2", "preview.previous", -1);
        Button next = pageButton("nextPage", "\u25BC", "preview.next", 1);
        pageLabel.setId("pageCount");
        Runnable updatePages = () -> {
            PageList list = model.preview().pagesProperty().get();
            pageLabel.setText(Messages.format("preview.pages", list == null ? 0 : list.pages().size()));
        };
        model.preview().pagesProperty().addListener((o, a, b) -> updatePages.run());
        updatePages.run();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        zoom.setAccessibleText(Messages.get("preview.zoom"));
        Tooltips.install(zoom, Messages.get("preview.zoom"));
        return new ToolBar(new Label(Messages.get("preview.heading")), spacer, previous, next, pageLabel, zoom);
    }

    private Button pageButton(String id, String arrow, String nameKey, int step) {
        Button button = new Button(arrow);
        button.setId(id);
        button.setAccessibleText(Messages.get(nameKey));
        Tooltips.install(button, Messages.get(nameKey));
        button.setOnAction(event -> preview.scrollTo(preview.currentPage() + step, 0));
        return button;
    }

    /** Scrolls to where the handout's item at {@code itemIndex} starts. */
    void scrollToItem(int itemIndex) {
        PageList list = model.preview().pagesProperty().get();
        if (list == null || itemIndex < 0 || itemIndex >= list.bookmarks().size()) {
            return;
        }
        // Every laid-out item starts with a bookmarked heading; items missing from the library are skipped.
        List<HandoutItem> items = model.editing().handoutProperty().get().items();
        int bookmarkIndex = (int) items.subList(0, Math.min(itemIndex, items.size())).stream()
                .filter(item -> item.isFreeText() || model.library().library().contains(item.ref())).count();
        if (bookmarkIndex >= list.bookmarks().size()) {
            return;
        }
        Bookmark bookmark = list.bookmarks().get(bookmarkIndex);
        preview.scrollTo(bookmark.pageIndex(), bookmark.y());
    }

    PreviewPane pane() {
        return preview;
    }
}
