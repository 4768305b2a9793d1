package org.handoutstudio.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.ui.preview.PreviewPane;

/** The main window's content: library on the left, the handout in the middle, the preview on the right. */
public final class MainView extends BorderPane {

    private final EditorViewModel model;

    public MainView(EditorViewModel model) {
        this.model = model;
        SplitPane areas = new SplitPane(libraryArea(), handoutArea(), previewArea());
        areas.setDividerPositions(0.24, 0.48);
        setCenter(areas);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        setBottom(status);
    }

    private VBox libraryArea() {
        Label heading = new Label("Library");
        heading.getStyleClass().add("area-heading");
        TextField search = new TextField();
        search.setPromptText("Search exercises and advice");
        ListView<LibraryItem> list = new ListView<>(model.libraryItems());
        list.setId("libraryList");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(LibraryItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title() + "  (" + item.type().label() + ")");
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                model.add(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                model.add(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox area = new VBox(8, heading, search, list);
        area.setId("library");
        area.setPadding(new Insets(8));
        return area;
    }

    private VBox handoutArea() {
        Label heading = new Label("Handout");
        heading.getStyleClass().add("area-heading");
        TextField title = new TextField(model.handoutProperty().get().title());
        title.setId("handoutTitle");
        title.textProperty().addListener((observable, before, after) -> {
            if (!after.equals(model.handoutProperty().get().title())) {
                model.handoutProperty().set(model.handoutProperty().get().withTitle(after));
            }
        });
        ListView<HandoutItem> items = new ListView<>();
        items.setId("handoutItems");
        items.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(HandoutItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.labelOf(item));
            }
        });
        items.getItems().setAll(model.handoutProperty().get().items());
        model.handoutProperty().addListener((observable, before, after) -> items.getItems().setAll(after.items()));
        VBox.setVgrow(items, Priority.ALWAYS);
        VBox area = new VBox(8, heading, title, items);
        area.setId("handout");
        area.setPadding(new Insets(8));
        return area;
    }

    private PreviewPane previewArea() {
        PreviewPane preview = new PreviewPane();
        preview.pagesProperty().bind(model.pagesProperty());
        return preview;
    }
}
