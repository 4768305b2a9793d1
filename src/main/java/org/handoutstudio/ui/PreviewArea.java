package org.handoutstudio.ui;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.layout.Bookmark;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.ui.preview.PreviewPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The live preview with its toolbars: page up and down, the page count, zoom and two pages side
 * by side; then the diary and ink saver. A click on a card selects its item in the handout.
 */
final class PreviewArea extends BorderPane {

    private final EditorViewModel model;
    private final PreviewPane preview = new PreviewPane();
    private final Label pageLabel = new Label();
    private IntConsumer onItemClicked = index -> { };
    private boolean updatingZoom;

    PreviewArea(EditorViewModel model) {
        this.model = model;
        setId("previewArea");
        getStyleClass().add("editor-pane");
        preview.pagesProperty().bind(model.preview().pagesProperty());
        // Keyboard users reach the pages with Tab and scroll them with the arrow and Page keys.
        preview.setFocusTraversable(true);
        preview.setAccessibleText(Messages.get("preview.heading"));
        preview.setPageNames(name -> Messages.format("preview.page", name.pageIndex() + 1, name.pageCount(),
                name.title() == null ? "" : name.title()));
        preview.onPageClickedProperty().set(click -> itemAt(click).ifPresent(index -> onItemClicked.accept(index)));
        // Toolbars first, so Tab reaches the page buttons, zoom and print choices before the pages themselves.
        ToolBar choices = new ToolBar(new PrintChoices(model.editing()));
        choices.getStyleClass().add("print-choices");
        setTop(new VBox(toolbar(), choices));
        setCenter(preview);
    }

    /** Told the index of the handout item whose card was clicked in the preview. */
    void setOnItemClicked(IntConsumer listener) {
        onItemClicked = listener;
    }

    private OptionalInt itemAt(PreviewPane.PageClick click) {
        return PreviewItems.itemAt(model.preview().pagesProperty().get(), model.editing().handoutProperty().get().items(),
                model.library().library(), click.pageIndex(), click.y());
    }

    private ToolBar toolbar() {
        // A ChoiceBox, which also shows a step from Ctrl+plus that is not among its choices (110%).
        ChoiceBox<Double> zoom = new ChoiceBox<>();
        zoom.setId("zoom");
        zoom.getItems().addAll(PreviewPane.FIT_WIDTH, PreviewPane.FIT_PAGE, 0.5, 0.75, 1.0, 1.5, 2.0);
        zoom.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                if (value == null) {
                    return "";
                }
                return value == PreviewPane.FIT_WIDTH ? Messages.get("preview.zoom.fitWidth")
                        : value == PreviewPane.FIT_PAGE ? Messages.get("preview.zoom.fitPage")
                        : Messages.format("preview.zoom.percent", Math.round(value * 100));
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        zoom.setValue(preview.zoomProperty().get());
        zoom.valueProperty().addListener((o, a, b) -> {
            if (!updatingZoom && b != null) {
                preview.zoomProperty().set(b);
            }
        });
        preview.zoomProperty().addListener((o, a, b) -> {
            updatingZoom = true;
            zoom.setValue(b.doubleValue());
            updatingZoom = false;
        });
        zoom.setAccessibleText(Messages.get("preview.zoom"));
        Tooltips.install(zoom, Messages.get("preview.zoom.tooltip"));
        Button previous = iconButton("previousPage", Material2AL.KEYBOARD_ARROW_UP, "preview.previous");
        previous.setOnAction(event -> preview.scrollTo(preview.currentPage() - (preview.twoPagesProperty().get() ? 2 : 1), 0));
        Button next = iconButton("nextPage", Material2AL.KEYBOARD_ARROW_DOWN, "preview.next");
        next.setOnAction(event -> preview.scrollTo(preview.currentPage() + (preview.twoPagesProperty().get() ? 2 : 1), 0));
        ToggleButton twoPages = new ToggleButton(null, new FontIcon(Material2MZ.MENU_BOOK));
        twoPages.setId("twoPages");
        twoPages.getStyleClass().add("button-icon");
        twoPages.setAccessibleText(Messages.get("preview.twoPages"));
        Tooltips.install(twoPages, Messages.get("preview.twoPages.tooltip"));
        twoPages.selectedProperty().bindBidirectional(preview.twoPagesProperty());
        pageLabel.setId("pageCount");
        pageLabel.setMinWidth(Region.USE_PREF_SIZE);
        Runnable updatePages = () -> {
            PageList list = model.preview().pagesProperty().get();
            pageLabel.setText(Messages.format("preview.pages", list == null ? 0 : list.pages().size()));
        };
        model.preview().pagesProperty().addListener((o, a, b) -> updatePages.run());
        updatePages.run();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label heading = new Label(Messages.get("preview.heading.short"));
        heading.getStyleClass().add("area-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        ToolBar bar = new ToolBar(heading, spacer, previous, next, pageLabel, zoom, twoPages);
        bar.getStyleClass().add("pane-toolbar");
        return bar;
    }

    private static Button iconButton(String id, Ikon ikon, String nameKey) {
        Button button = new Button(null, new FontIcon(ikon));
        button.setId(id);
        button.getStyleClass().addAll("button-icon", "flat");
        button.setAccessibleText(Messages.get(nameKey));
        Tooltips.install(button, Messages.get(nameKey));
        return button;
    }

    /** Scrolls to where the handout's item at {@code itemIndex} starts. */
    void scrollToItem(int itemIndex) {
        List<HandoutItem> items = model.editing().handoutProperty().get().items();
        Bookmark start = PreviewItems.startOf(model.preview().pagesProperty().get(), items, model.library().library(),
                itemIndex);
        if (start != null) {
            preview.scrollTo(start.pageIndex(), start.y());
        }
    }

    PreviewPane pane() {
        return preview;
    }
}
