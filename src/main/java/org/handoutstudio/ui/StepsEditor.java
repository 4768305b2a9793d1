package org.handoutstudio.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;

/** An exercise's steps: a numbered list to add to, edit in place, remove from and put in order. */
final class StepsEditor extends VBox {

    private final ListView<String> list = new ListView<>();
    private final TextField next = new TextField();

    StepsEditor(List<String> steps, Runnable onChange) {
        setSpacing(6);
        list.setId("stepsList");
        list.getItems().setAll(steps);
        list.setEditable(true);
        list.setPrefHeight(150);
        list.setCellFactory(view -> new TextFieldListCell<>(new DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && item != null && !isEditing()) {
                    setText((getIndex() + 1) + ". " + item);
                }
            }
        });
        list.setAccessibleText(Messages.get("form.steps.list"));
        list.getItems().addListener((ListChangeListener<String>) change -> onChange.run());
        next.setId("newStep");
        next.setPromptText(Messages.get("form.steps.prompt"));
        next.setAccessibleText(Messages.get("form.steps.prompt"));
        next.setOnAction(event -> {
            addTyped();
            event.consume(); // Enter adds the step; it must not also press the window's Save button
        });
        HBox.setHgrow(next, Priority.ALWAYS);
        Button add = button("addStep", "form.steps.add", this::addTyped);
        Button remove = button("removeStep", "form.steps.remove", () -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                list.getItems().remove(index);
            }
        });
        Button up = button("stepUp", "form.steps.up", () -> move(-1));
        Button down = button("stepDown", "form.steps.down", () -> move(1));
        var nothingChosen = list.getSelectionModel().selectedItemProperty().isNull();
        remove.disableProperty().bind(nothingChosen);
        up.disableProperty().bind(nothingChosen);
        down.disableProperty().bind(nothingChosen);
        HBox adding = new HBox(6, next, add);
        HBox ordering = new HBox(6, up, down, remove);
        ordering.setPadding(new Insets(0, 0, 2, 0));
        getChildren().addAll(list, ordering, adding);
    }

    ListView<String> list() {
        return list;
    }

    List<String> steps() {
        return List.copyOf(list.getItems());
    }

    private void addTyped() {
        String text = next.getText().strip();
        if (!text.isEmpty()) {
            list.getItems().add(text);
            next.clear();
        }
    }

    private void move(int by) {
        int index = list.getSelectionModel().getSelectedIndex();
        int target = index + by;
        if (index < 0 || target < 0 || target >= list.getItems().size()) {
            return;
        }
        String step = list.getItems().remove(index);
        list.getItems().add(target, step);
        list.getSelectionModel().select(target);
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
