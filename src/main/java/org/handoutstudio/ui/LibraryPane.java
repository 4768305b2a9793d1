package org.handoutstudio.ui;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.library.BodyRegion;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.ItemType;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.Position;
import org.handoutstudio.ui.preview.FxPagePainter;

/** The library browser: search as you type, filters, and ways to add an item to the handout. */
final class LibraryPane extends VBox {

    /** Drag-and-drop format: the dragged item's id. */
    static final String DRAG_PREFIX = "handout-studio-item:";

    private final LibraryBrowserModel model;
    private final HandoutEditingModel editing;
    private final TextField search;
    private final ListView<LibraryItem> list;
    /**
     * Whether rows paint their illustrations. Start-up turns it off until the figures have been
     * drawn in the background after the first frame, so the window never waits for them.
     */
    private final BooleanProperty thumbnailsShown = new SimpleBooleanProperty(true);
    /**
     * Whether the list shows its rows. Start-up turns it off until just after the first frame: the
     * rows' first styling and layout would otherwise hold the window up by about a tenth of a second.
     */
    private final BooleanProperty rowsShown = new SimpleBooleanProperty(true);

    LibraryPane(LibraryBrowserModel model, HandoutEditingModel editing, Runnable afterAdd, ContentActions content,
                LibraryContentModel own) {
        this.model = model;
        this.editing = editing;
        setId("library");
        setMinWidth(0);
        setSpacing(8);
        setPadding(new Insets(10));
        Label heading = new Label(Messages.get("library.heading"));
        heading.getStyleClass().add("area-heading");

        search = TextFields.createClearableTextField();
        search.setId("librarySearch");
        // A short prompt that fits the narrowest pane; the full sentence is for screen readers and the tooltip.
        search.setPromptText(Messages.get("library.search.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setAccessibleText(Messages.get("library.search"));
        Tooltips.install(search, Messages.get("library.search.tooltip"));

        GridPane filters = new GridPane();
        filters.setHgap(6);
        filters.setVgap(6);
        List<ChoiceBox<?>> boxes = List.of(
                filter("typeFilter", "filter.type", ItemType.values(), Messages::label, model.typeFilterProperty()),
                filter("regionFilter", "filter.region", BodyRegion.values(), Messages::label, model.regionFilterProperty()),
                filter("positionFilter", "filter.position", Position.values(), Messages::label,
                        model.positionFilterProperty()),
                filter("equipmentFilter", "filter.equipment", model.equipmentChoices().toArray(new String[0]),
                        word -> word, model.equipmentFilterProperty()));
        // Two filters to a row when both fit ("Any equipment" whole), one to a row in a narrow pane.
        widthProperty().addListener((o, a, width) -> arrange(filters, boxes, width.doubleValue() - 20 >= 2 * FILTER_WIDTH + 6));
        arrange(filters, boxes, true);

        list = new ListView<>(model.results());
        list.setId("libraryList");
        list.setAccessibleText(Messages.get("library.results"));
        list.setCellFactory(view -> new ItemCell());
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                addSelected(afterAdd);
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                addSelected(afterAdd);
                event.consume();
            }
        });
        list.setOnDragDetected(event -> {
            LibraryItem item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                var board = list.startDragAndDrop(TransferMode.COPY);
                ClipboardContent dragged = new ClipboardContent();
                dragged.putString(DRAG_PREFIX + item.id());
                board.setContent(dragged);
                event.consume();
            }
        });
        editing.handoutProperty().addListener((o, before, after) -> {
            if (before == null || !refs(before).equals(refs(after))) {
                list.refresh();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        thumbnailsShown.addListener((o, a, b) -> list.refresh());
        Label noMatch = new Label(Messages.get("library.noMatch"));
        noMatch.setWrapText(true);
        list.setPlaceholder(noMatch);
        // While the rows wait for the first frame, the list is blank rather than saying nothing matches.
        rowsShown.addListener((o, a, shown) -> {
            list.setPlaceholder(shown ? noMatch : new Region());
            list.setItems(shown ? model.results() : FXCollections.emptyObservableList());
        });
        // Keyboard path from typing to adding: Down moves into the results, Escape clears the search.
        search.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                event.consume();
            }
        });

        Button add = new Button(Messages.get("library.add"));
        add.setId("addToHandout");
        add.setMaxWidth(Double.MAX_VALUE);
        Tooltips.install(add, Messages.get("library.add.tooltip"));
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(event -> addSelected(afterAdd));

        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.size(model.results()).asString(Messages.get("library.count")));
        getChildren().addAll(heading, search, filters, count, list, add, contentButtons(content, own));
    }

    /** New, edit (own items) or edit a copy (any item), and delete (own items). */
    private FlowPane contentButtons(ContentActions content, LibraryContentModel own) {
        MenuButton create = new MenuButton(Messages.get("library.new"));
        create.setId("newItem");
        create.getItems().addAll(menuItem("newExerciseItem", "menu.newExercise", () -> content.newItem(ItemType.EXERCISE)),
                menuItem("newAdviceItem", "menu.newAdvice", () -> content.newItem(ItemType.ADVICE)),
                menuItem("newSafetyNettingItem", "menu.newSafetyNetting", () -> content.newItem(ItemType.SAFETY_NETTING)));
        var selected = list.getSelectionModel().selectedItemProperty();
        // Own items are edited where they are; anything can be copied, and a bundled item replaced for the practice.
        var isOwn = Bindings.createBooleanBinding(() -> selected.get() != null && own.isOwn(selected.get()), selected,
                own.libraryProperty());
        Button edit = new Button(Messages.get("library.edit"));
        edit.setId("editItem");
        edit.disableProperty().bind(isOwn.not());
        edit.setOnAction(event -> content.edit(selected.get()));
        MenuButton copy = new MenuButton(Messages.get("library.copy"));
        copy.setId("copyItem");
        copy.disableProperty().bind(selected.isNull());
        copy.getItems().addAll(menuItem("copyAsNew", "library.copy.asNew", () -> content.copy(selected.get())),
                menuItem("copyOverride", "library.copy.override", () -> content.override(selected.get())));
        Button delete = new Button(Messages.get("library.delete"));
        delete.setId("deleteItem");
        delete.disableProperty().bind(isOwn.not());
        delete.setOnAction(event -> content.delete(selected.get()));
        // Wraps onto a second line in a narrow pane rather than cutting the labels short.
        FlowPane buttons = new FlowPane(6, 6, create, edit, copy, delete);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    private static MenuItem menuItem(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static Set<String> refs(Handout handout) {
        Set<String> refs = new HashSet<>();
        handout.items().forEach(item -> refs.add(item.ref()));
        return refs;
    }

    BooleanProperty thumbnailsShownProperty() {
        return thumbnailsShown;
    }

    BooleanProperty rowsShownProperty() {
        return rowsShown;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void addSelected(Runnable afterAdd) {
        LibraryItem item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            editing.add(item);
            afterAdd.run();
        }
    }

    /** A filter: "Any type" (no filter) first, then each value; {@code key} names it ("Type"). */
    /** The width a filter needs to show its longest "any" choice whole. */
    private static final double FILTER_WIDTH = 165;

    private static void arrange(GridPane filters, List<ChoiceBox<?>> boxes, boolean twoColumns) {
        int columns = twoColumns ? 2 : 1;
        if (!filters.getChildren().isEmpty() && GridPane.getColumnIndex(boxes.get(1)) == (twoColumns ? 1 : 0)) {
            return;
        }
        filters.getChildren().clear();
        for (int i = 0; i < boxes.size(); i++) {
            filters.add(boxes.get(i), i % columns, i / columns);
        }
    }

    /**
     * A choice of a few fixed values, so a ChoiceBox: a ComboBox would also keep its pop-up list in
     * the window, to be styled and measured while the window first opens.
     */
    private static <T> ChoiceBox<T> filter(String id, String key, T[] values, Function<T, String> label,
                                           ObjectProperty<T> target) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(FXCollections.observableArrayList(Arrays.asList(values)));
        box.setAccessibleText(Messages.get(key));
        Tooltips.install(box, Messages.get(key + ".tooltip"));
        box.setMaxWidth(Double.MAX_VALUE);
        // The grid shares out the width; a width of its own would be measured from its pop-up menu,
        // which would then be styled while the window first opens.
        box.setPrefWidth(80);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setConverter(Messages.choiceNames(Messages.get(key + ".any"), label));
        box.valueProperty().bindBidirectional(target);
        GridPane.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static final double THUMB_WIDTH = 72;
    private static final double THUMB_HEIGHT = 32;

    /** Title in bold, then type and category, and a mark when the item is already in the handout. */
    private final class ItemCell extends ListCell<LibraryItem> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final Canvas thumbnail = new Canvas(THUMB_WIDTH, THUMB_HEIGHT);
        private final VBox text = new VBox(2, title, detail);
        private final HBox box = new HBox(8, thumbnail, text);

        ItemCell() {
            title.getStyleClass().add("item-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE); // wraps onto a second line rather than ending in "..."
            detail.getStyleClass().add("muted");
            // Rows wrap to the list's width rather than scrolling sideways.
            box.maxWidthProperty().bind(list.widthProperty().subtract(30));
            // Advice and safety-netting rows have no picture: their words take its room.
            text.maxWidthProperty().bind(Bindings.when(thumbnail.managedProperty())
                    .then(list.widthProperty().subtract(30 + THUMB_WIDTH + 8)).otherwise(list.widthProperty().subtract(30)));
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LibraryItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            boolean added = editing.isInHandout(item);
            title.setText((added ? "\u2713 " : "") + item.title());
            String kind = item instanceof Exercise exercise && exercise.category() != null
                    ? Messages.format("library.categoryExercise", Messages.label(exercise.category())) : Messages.label(item.type());
            String origin = model.originOf(item).map(words -> " \u00B7 " + words).orElse("")
                    + (model.isOverdue(item) ? " \u00B7 " + Messages.get("library.overdue") : "");
            detail.setText(kind + origin + (added ? " \u00B7 " + Messages.get("library.inHandout") : ""));
            pseudoClassStateChanged(PseudoClass.getPseudoClass("added"), added);
            pseudoClassStateChanged(PseudoClass.getPseudoClass("overdue"), model.isOverdue(item));
            paintThumbnail(item);
            setText(null);
            setGraphic(box);
            setAccessibleText(item.title() + ", " + kind + origin.replace(" \u00B7 ", ", ")
                    + (added ? ", " + Messages.get("library.inHandout") : ""));
            setAccessibleRoleDescription(Messages.get("library.cell.role"));
            setAccessibleHelp(Messages.get("library.cell.help"));
        }

        /** The exercise's own illustration, small; advice and safety-netting rows leave the space empty. */
        private void paintThumbnail(LibraryItem item) {
            var g = thumbnail.getGraphicsContext2D();
            g.clearRect(0, 0, THUMB_WIDTH, THUMB_HEIGHT);
            thumbnail.setManaged(item instanceof Exercise);
            thumbnail.setVisible(item instanceof Exercise);
            if (item instanceof Exercise) {
                // The figure on its own bit of paper, as it prints: readable in the dark theme too.
                g.setFill(Color.WHITE);
                g.fillRoundRect(0, 0, THUMB_WIDTH, THUMB_HEIGHT, 6, 6);
            }
            if (item instanceof Exercise exercise && thumbnailsShown.get()) {
                model.figures().drawingFor(exercise).ifPresent(drawing -> {
                    double scale = Math.min(THUMB_WIDTH / drawing.width(), THUMB_HEIGHT / drawing.height());
                    FxPagePainter.paintDrawing(g, drawing,
                            (THUMB_WIDTH - drawing.width() * scale) / 2, (THUMB_HEIGHT - drawing.height() * scale) / 2,
                            scale);
                });
            }
        }
    }
}
