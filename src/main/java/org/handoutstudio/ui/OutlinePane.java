package org.handoutstudio.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.PatientDetails;

/** The handout: its title and patient details, the ordered items, and the selected item's editor. */
final class OutlinePane extends VBox {

    private static final String ROW_DRAG = "handout-studio-row:";

    private final HandoutEditingModel model;
    private final ListView<HandoutItem> items = new ListView<>();
    private final TextField title = new TextField();
    private final TextField name = new TextField();
    private final DatePicker date = new DatePicker();
    private final TextField clinician = new TextField();
    private final TextField role = new TextField();
    private final TextField next = new TextField();
    private final TextField moreInfo = new TextField();
    /** Built on first selection: its many fields would otherwise slow the first window. */
    private ItemEditor editor;
    private final VBox editorSlot = new VBox();
    private boolean updating;

    OutlinePane(HandoutEditingModel model) {
        this.model = model;
        setId("handout");
        setSpacing(8);
        setPadding(new Insets(10));
        Label heading = new Label(Messages.get("handout.heading"));
        heading.getStyleClass().add("area-heading");

        title.setId("handoutTitle");
        title.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= 200 ? change : null));
        name.setId("patientName");
        date.setId("patientDate");
        // Day first, as a UK clinic writes it, whatever the system's locale. A fixed pattern, not the
        // locale's: the bundled runtime carries no locale data beyond English (US).
        date.setConverter(new LocalDateStringConverter(
                DateTimeFormatter.ofPattern("dd/MM/uuuu"),
                DateTimeFormatter.ofPattern("d/M/uuuu")));
        date.setPromptText(Messages.get("handout.date.prompt"));
        clinician.setId("clinician");
        role.setId("clinicianRole");
        next.setId("nextAppointment");
        moreInfo.setId("moreInfoUrl");
        moreInfo.setPromptText(Messages.get("handout.moreInfo.prompt"));
        GridPane details = new GridPane();
        details.setHgap(6);
        details.setVgap(6);
        row(details, 0, "handout.title", title);
        row(details, 1, "handout.patient", name);
        row(details, 2, "handout.date", date);
        row(details, 3, "handout.clinician", clinician);
        row(details, 4, "handout.role", role);
        row(details, 5, "handout.next", next);
        row(details, 6, "handout.moreInfo", moreInfo);
        // In a narrow pane each label goes above its field, so no field (the date) is cut short.
        widthProperty().addListener((o, a, width) -> stack(details, width.doubleValue() < STACK_BELOW));
        moreInfo.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.setMoreInfoUrl(b);
            }
        });
        moreInfo.focusedProperty().addListener((o, a, focused) -> model.document().endMerge());
        title.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.setTitle(b);
            }
        });
        for (TextField field : List.of(name, clinician, role, next)) {
            field.textProperty().addListener((o, a, b) -> pushPatient());
            field.focusedProperty().addListener((o, a, focused) -> model.document().endMerge());
        }
        date.valueProperty().addListener((o, a, b) -> pushPatient());
        title.focusedProperty().addListener((o, a, focused) -> model.document().endMerge());

        items.setId("handoutItems");
        items.setAccessibleText(Messages.get("handout.items.name"));
        items.setCellFactory(view -> new EntryCell());
        items.setPlaceholder(new Label(Messages.get("handout.empty")));
        items.setOnKeyPressed(event -> {
            int index = items.getSelectionModel().getSelectedIndex();
            if (index < 0) {
                return;
            }
            if (event.isAltDown() && event.getCode() == KeyCode.UP) {
                moveSelected(-1);
                event.consume();
            } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
                moveSelected(1);
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                model.remove(index);
                event.consume();
            }
        });
        items.setOnDragOver(event -> {
            if (event.getDragboard().hasString()) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
        });
        items.setOnDragDropped(event -> {
            String payload = event.getDragboard().getString();
            if (payload != null && payload.startsWith(LibraryPane.DRAG_PREFIX)) {
                model.library().find(payload.substring(LibraryPane.DRAG_PREFIX.length())).ifPresent(model::add);
                event.setDropCompleted(true);
            }
        });
        VBox.setVgrow(items, Priority.ALWAYS);
        // A few rows always show, even with a tall item editor below: the pane scrolls instead.
        items.setMinHeight(150);

        Button up = button("moveUp", "handout.up", () -> moveSelected(-1));
        Button down = button("moveDown", "handout.down", () -> moveSelected(1));
        Button copy = button("duplicate", "handout.duplicate",
                () -> model.duplicate(items.getSelectionModel().getSelectedIndex()));
        Button remove = button("remove", "handout.remove", () -> model.remove(items.getSelectionModel().getSelectedIndex()));
        for (Button button : List.of(up, down, copy, remove)) {
            button.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());
        }
        Button text = button("addText", "handout.addText", this::addFreeText);
        FlowPane actions = new FlowPane(6, 6, up, down, copy, remove, text);

        items.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showEditor(b.intValue()));
        model.handoutProperty().addListener((o, a, b) -> showHandout(b));
        showHandout(model.handoutProperty().get());
        Label itemsLabel = new Label(Messages.get("handout.items"));
        itemsLabel.setLabelFor(items);
        itemsLabel.setMnemonicParsing(true);
        Tooltips.install(items, Messages.get("handout.items.tooltip"));
        getChildren().addAll(heading, details, itemsLabel, items, actions, editorSlot);
    }

    private void showEditor(int index) {
        if (editor == null) {
            if (index < 0) {
                return;
            }
            editor = new ItemEditor(model);
            editorSlot.getChildren().setAll(editor);
        }
        editor.show(index);
    }

    ListView<HandoutItem> itemList() {
        return items;
    }

    /** Narrower than this, the handout's labels go above their fields. */
    private static final double STACK_BELOW = 360;

    private static void stack(GridPane grid, boolean stacked) {
        for (Node node : grid.getChildren()) {
            // Each node remembers its row of label-and-field, however it is placed now.
            Integer placed = GridPane.getRowIndex(node);
            int pair = (int) node.getProperties().computeIfAbsent(PAIR, key -> placed == null ? 0 : placed);
            boolean label = node instanceof Label;
            GridPane.setConstraints(node, stacked || label ? 0 : 1, stacked ? pair * 2 + (label ? 0 : 1) : pair);
        }
    }

    private static final String PAIR = "pair";

    private void row(GridPane grid, int row, String key, Control field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        label.setMinWidth(Region.USE_PREF_SIZE); // labels whole; the fields give way
        field.setMaxWidth(Double.MAX_VALUE);
        field.setMinWidth(80);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        Tooltips.install(button, Messages.get(key + ".tooltip"));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void moveSelected(int delta) {
        int index = items.getSelectionModel().getSelectedIndex();
        int target = index + delta;
        if (index >= 0 && target >= 0 && target < items.getItems().size()) {
            model.move(index, target);
            items.getSelectionModel().select(target);
        }
    }

    private void addFreeText() {
        TextInputDialog dialog = new TextInputDialog(Messages.get("handout.addText.default"));
        dialog.setTitle(Messages.get("handout.addText"));
        dialog.setHeaderText(Messages.get("handout.addText.prompt"));
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.showAndWait().filter(heading -> !heading.isBlank())
                .ifPresent(heading -> model.addFreeText(heading.strip(), Messages.get("handout.addText.body")));
    }

    private void pushPatient() {
        if (!updating) {
            model.setPatient(new PatientDetails(blank(name.getText()), date.getValue(), blank(clinician.getText()),
                    blank(role.getText()), blank(next.getText())));
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Shows the model's handout in the fields without feeding the change back as an edit. */
    private void showHandout(Handout handout) {
        updating = true;
        try {
            setIfDifferent(title, handout.title());
            PatientDetails patient = handout.patient();
            setIfDifferent(name, patient.name());
            setIfDifferent(clinician, patient.clinician());
            setIfDifferent(role, patient.clinicianRole());
            setIfDifferent(next, patient.nextAppointment());
            setIfDifferent(moreInfo, handout.moreInfoUrl());
            if (!Objects.equals(date.getValue(), patient.date())) {
                date.setValue(patient.date());
            }
            // Typing in a field changes the handout on every keystroke; only rebuild the rows (and
            // the item editor) when the items themselves changed.
            if (!items.getItems().equals(handout.items())) {
                // Keep the same item selected when others are inserted or removed around it; an
                // item whose own settings changed is found at its old place.
                int selected = items.getSelectionModel().getSelectedIndex();
                HandoutItem selectedItem = items.getSelectionModel().getSelectedItem();
                int moved = selectedItem == null ? -1 : handout.items().indexOf(selectedItem);
                replaceChanged(items.getItems(), handout.items());
                if (moved >= 0) {
                    items.getSelectionModel().select(moved);
                } else if (selected >= 0 && selected < handout.items().size()) {
                    items.getSelectionModel().select(selected);
                }
                showEditor(items.getSelectionModel().getSelectedIndex());
            }
        } finally {
            updating = false;
        }
    }

    /**
     * Makes {@code rows} equal {@code items}, replacing only the rows that changed when the count
     * is the same (a dosage edit changes one row: the list then restyles one cell, not all).
     */
    static <T> void replaceChanged(ObservableList<T> rows, List<T> items) {
        if (rows.size() != items.size()) {
            rows.setAll(items);
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!Objects.equals(rows.get(i), items.get(i))) {
                rows.set(i, items.get(i));
            }
        }
    }

    private static void setIfDifferent(TextField field, String value) {
        String text = value == null ? "" : value;
        if (!text.equals(field.getText())) {
            field.setText(text);
        }
    }

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    /** A row: the item's label, draggable to reorder. */
    private final class EntryCell extends ListCell<HandoutItem> {
        EntryCell() {
            // A long title ends in an ellipsis rather than scrolling the whole list sideways.
            setPrefWidth(0);
            setOnDragDetected(event -> {
                if (getItem() != null) {
                    var board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(ROW_DRAG + getIndex());
                    board.setContent(content);
                    event.consume();
                }
            });
            setOnDragOver(event -> {
                if (event.getDragboard().hasString()) {
                    event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                }
            });
            // A line above the row shows where the item will land.
            setOnDragEntered(event -> pseudoClassStateChanged(DROP_TARGET, event.getDragboard().hasString()));
            setOnDragExited(event -> pseudoClassStateChanged(DROP_TARGET, false));
            setOnDragDropped(event -> {
                String payload = event.getDragboard().getString();
                // The item lands where the line is drawn, above the row it is dropped on; below the
                // last row, it goes last.
                int insertAt = isEmpty() ? items.getItems().size() : getIndex();
                if (payload != null && payload.startsWith(ROW_DRAG)) {
                    int from = Integer.parseInt(payload.substring(ROW_DRAG.length()));
                    // Taking the row out first shifts everything below it up by one.
                    int target = Math.min(from < insertAt ? insertAt - 1 : insertAt, items.getItems().size() - 1);
                    model.move(from, target);
                    items.getSelectionModel().select(target);
                    event.setDropCompleted(true);
                    event.consume();
                } else if (payload != null && payload.startsWith(LibraryPane.DRAG_PREFIX)) {
                    model.library().find(payload.substring(LibraryPane.DRAG_PREFIX.length()))
                            .ifPresent(item -> model.insert(item, insertAt));
                    event.setDropCompleted(true);
                    event.consume();
                }
            });
        }

        @Override
        protected void updateItem(HandoutItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : (getIndex() + 1) + ". " + model.labelOf(item));
            setAccessibleText(empty || item == null ? null : Messages.format("handout.row", getIndex() + 1,
                    items.getItems().size(), model.labelOf(item)));
            setAccessibleRoleDescription(empty ? null : Messages.get("handout.row.role"));
            setAccessibleHelp(empty ? null : Messages.get("handout.items.tooltip"));
        }
    }
}
