package org.handoutstudio.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.handoutstudio.io.Problem;
import org.handoutstudio.library.Advice;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Ids;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.Provenance;
import org.handoutstudio.library.SafetyNetting;
import org.handoutstudio.ui.preview.PreviewPane;

/**
 * The window in which a clinician writes or edits a library item: the item's fields, its
 * provenance, where to save it, the problems still to put right (each marked on its field once a
 * save has been tried), and a live preview of the item as it will print.
 */
final class ItemFormDialog {

    private final LibraryContentModel content;
    private final LibraryContentModel.Draft draft;
    private final Stage stage = new Stage();
    private final ItemFields fields;
    private final TextField id = new TextField();
    private final TextField author = new TextField();
    private final TextArea sources = new TextArea();
    private final DatePicker nextReview = new DatePicker();
    private final ComboBox<LibraryContentModel.Destination> destination = new ComboBox<>();
    private final ListView<String> problems = new ListView<>();
    private final Label problemCount = new Label();
    private final PreviewPane preview = new PreviewPane();
    private final Consumer<LibraryItem> previewer;
    /** The form's grids, each marking the problems on its own fields. */
    private List<FormGrid> marks = List.of();
    private boolean idTyped;
    private boolean saveTried;
    private LibraryItem saved;

    ItemFormDialog(Window owner, LibraryContentModel content, LibraryContentModel.Draft draft) {
        this.content = content;
        this.draft = draft;
        LibraryItem item = draft.item();
        fields = fieldsFor(item);
        previewer = content.previewer(preview.pagesProperty()::set);

        id.setId("formId");
        id.setText(item.id());
        id.setEditable(draft.mode() == LibraryContentModel.Mode.NEW || draft.mode() == LibraryContentModel.Mode.COPY);
        id.textProperty().addListener((o, a, b) -> {
            if (id.isFocused()) {
                idTyped = true;
            }
            changed();
        });
        fields.titleField().textProperty().addListener((o, a, title) -> {
            if (id.isEditable() && !idTyped) {
                id.setText(Ids.fromTitle(title, taken -> content.library().contains(taken)));
            }
        });
        Provenance start = content.formProvenance(item);
        author.setId("formAuthor");
        author.setText(start.author() == null ? "" : start.author());
        sources.setId("formSources");
        sources.setText(String.join("\n", start.sources()));
        sources.setPrefRowCount(3);
        sources.setWrapText(true);
        nextReview.setValue(start.nextReview());
        author.textProperty().addListener((o, a, b) -> changed());
        sources.textProperty().addListener((o, a, b) -> changed());
        nextReview.valueProperty().addListener((o, a, b) -> changed());
        destination.setId("formDestination");
        destination.getItems().setAll(LibraryContentModel.Destination.values());
        destination.setConverter(Messages.choiceNames("", where -> Messages.label(where)));
        destination.setValue(draft.destination());
        boolean chooseWhere = content.hasSharedFolder() && draft.mode() != LibraryContentModel.Mode.EDIT;
        destination.setVisible(chooseWhere);
        destination.setManaged(chooseWhere);
        fields.form().onChange(this::changed);

        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        String titleKey = "form.title." + draft.mode().name();
        stage.setTitle(Messages.format(titleKey, Messages.label(item.type()), item.title()));
        Scene scene = new Scene(layout(), 1180, 780);
        scene.getStylesheets().add(EditorApp.stylesheet());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> save(false));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        changed();
    }

    private ItemFields fieldsFor(LibraryItem item) {
        if (item instanceof Exercise exercise) {
            PicturePicker picture = new PicturePicker(new PicturePicker.Picture(exercise.figure(), exercise.photo()),
                    exercise, content.library(), content.figures(), content.executor(), this::photoRefused);
            return new ExerciseFields(exercise, picture);
        }
        if (item instanceof Advice advice) {
            return new AdviceFields(advice);
        }
        return new SafetyNettingFields((SafetyNetting) item);
    }

    private BorderPane layout() {
        FormGrid about = new FormGrid();
        about.row("id", "form.id", id, id);
        if (draft.mode() == LibraryContentModel.Mode.OVERRIDE) {
            Label note = new Label(Messages.get("form.overrideNote"));
            note.setWrapText(true);
            note.getStyleClass().add("muted");
            about.view().add(note, 0, 1, 2, 1);
        }
        FormGrid provenance = new FormGrid();
        provenance.heading("form.section.provenance");
        provenance.row("provenance.author", "form.author", author, author);
        provenance.row("provenance.sources", "form.sources", sources, sources);
        provenance.row("provenance.nextReview", "form.nextReview", nextReview, nextReview);
        provenance.row("destination", "form.destination", destination, null);
        marks = List.of(about, fields.form(), provenance);
        VBox form = new VBox(14, about.view(), fields.form().view(), provenance.view());
        form.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        problems.setId("formProblems");
        problems.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width rather than scroll sideways
            }
        });
        problems.setPrefHeight(110);
        problems.setAccessibleText(Messages.get("form.problems"));
        problemCount.setId("formProblemCount");
        problemCount.setWrapText(true);
        VBox problemBox = new VBox(4, problemCount, problems);
        problemBox.setPadding(new Insets(6, 12, 6, 12));
        SplitPane left = new SplitPane(scroll, problemBox);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.8);

        preview.setId("formPreview");
        preview.setAccessibleText(Messages.get("form.preview"));
        SplitPane areas = new SplitPane(left, preview);
        areas.setDividerPositions(0.55);

        Button save = new Button(Messages.get("form.save"));
        save.setId("formSave");
        save.setDefaultButton(true);
        save.setOnAction(event -> save(false));
        Button cancel = new Button(Messages.get("form.cancel"));
        cancel.setId("formCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 12, 10, 12));
        BorderPane root = new BorderPane(areas);
        root.setBottom(buttons);
        return root;
    }

    /** Shows the window and waits; the item saved, or empty when the clinician cancelled. */
    Optional<LibraryItem> showAndWait() {
        stage.showAndWait();
        return Optional.ofNullable(saved);
    }

    Stage stage() {
        return stage;
    }

    private LibraryItem current(Map<String, String> unreadable) {
        Provenance form = new Provenance(draft.item().provenance().version(), content.today(), nextReview.getValue(),
                FormGrid.linesOf(sources), FormGrid.textOf(author), null);
        return fields.read(id.getText().strip(), form, unreadable);
    }

    private void changed() {
        if (fields == null || marks.isEmpty()) {
            return;
        }
        Map<String, String> found = new LinkedHashMap<>();
        LibraryItem item = current(found);
        for (Problem problem : content.check(item, draft.mode())) {
            found.putIfAbsent(problem.path(), problem.message());
        }
        showProblems(found);
        previewer.accept(item);
    }

    private void showProblems(Map<String, String> found) {
        problems.setItems(FXCollections.observableArrayList(found.entrySet().stream()
                .map(entry -> describe(entry.getKey()) + ": " + entry.getValue()).toList()));
        problemCount.setText(found.isEmpty() ? Messages.get("form.problems.none")
                : Messages.format("form.problems.count", found.size()));
        Map<String, String> marked = saveTried ? found : Map.of();
        marks.forEach(grid -> grid.mark(marked));
    }

    /** A problem's field in the form's own words ("Steps, entry 3"); its path when no field shows it. */
    private String describe(String path) {
        return marks.stream().map(grid -> grid.describe(path)).flatMap(Optional::stream).findFirst()
                .orElse(path.equals("text") ? Messages.get("form.problem.text") : path);
    }

    private void save(boolean overwrite) {
        saveWhere(destination.getValue(), overwrite);
    }

    private void saveWhere(LibraryContentModel.Destination where, boolean overwrite) {
        saveTried = true;
        Map<String, String> unreadable = new LinkedHashMap<>();
        LibraryItem item = current(unreadable);
        if (!unreadable.isEmpty()) {
            changed();
            return;
        }
        content.save(draft, item, where, overwrite, result -> {
            if (result instanceof LibraryContentModel.SaveResult.Saved done) {
                saved = done.item();
                stage.close();
            } else if (result instanceof LibraryContentModel.SaveResult.Invalid) {
                changed();
            } else if (result instanceof LibraryContentModel.SaveResult.Conflict conflict) {
                Provenance theirs = conflict.onDisk().provenance();
                if (confirm(Messages.format("form.conflict", theirs.version(), theirs.author(), theirs.lastReviewed()),
                        "form.conflict.replace")) {
                    saveWhere(where, true);
                }
            } else if (result instanceof LibraryContentModel.SaveResult.SharedReadOnly readOnly) {
                if (confirm(Messages.format("form.sharedReadOnly", readOnly.folder()), "form.sharedReadOnly.saveMine")) {
                    destination.setValue(LibraryContentModel.Destination.USER);
                    saveWhere(LibraryContentModel.Destination.USER, false);
                }
            } else if (result instanceof LibraryContentModel.SaveResult.Failed failed) {
                Alert alert = new Alert(Alert.AlertType.ERROR, failed.message(), ButtonType.OK);
                alert.initOwner(stage);
                alert.showAndWait();
            }
        });
    }

    private void photoRefused(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, Messages.format("form.photo.refused", message), ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText(Messages.get("form.photo.refusedHeader"));
        alert.showAndWait();
    }

    private boolean confirm(String text, String yesKey) {
        ButtonType yes = new ButtonType(Messages.get(yesKey), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(Messages.get("form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        alert.initOwner(stage);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
