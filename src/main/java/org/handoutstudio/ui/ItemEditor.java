package org.handoutstudio.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.library.Advice;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.EditableText;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.Side;
import org.handoutstudio.library.TextBlock;

/**
 * Edits the selected handout item: an exercise's dosage (validated as you type, with a plain
 * hint) and note; an advice section's text for this handout only, which can be reset to the
 * library's.
 */
final class ItemEditor extends VBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final HandoutEditingModel model;
    private final Map<String, TextField> numbers = new LinkedHashMap<>();
    private final ChoiceBox<Side> side = new ChoiceBox<>();
    private final TextField load = new TextField();
    private final TextArea note = new TextArea();
    private final Label noteLabel = new Label(Messages.get("editor.note"));
    private final TextField video = new TextField();
    private final Label videoLabel = new Label(Messages.get("editor.video"));
    private final TextArea text = new TextArea();
    private final Label hint = new Label();
    private final Label heading = new Label();
    private final VBox dosageBox;
    private final VBox textBox;
    private int index = -1;
    private boolean updating;

    ItemEditor(HandoutEditingModel model) {
        this.model = model;
        setId("itemEditor");
        setSpacing(6);
        setPadding(new Insets(8, 0, 0, 0));
        heading.getStyleClass().add("editor-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        hint.setId("dosageHint");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setAccessibleRole(AccessibleRole.TEXT);
        hint.setAccessibleRoleDescription(Messages.get("hint.role"));

        // Each field is a small tile, its label above it; the tiles wrap to the pane's width, so no
        // field is ever squeezed below the few characters its number needs.
        FlowPane grid = new FlowPane(12, 8);
        grid.setId("dosageFields");
        for (String field : DosageForm.NUMBER_FIELDS) {
            TextField input = new TextField();
            input.setId("dosage-" + field);
            input.setPrefColumnCount(4);
            input.setMinWidth(Region.USE_PREF_SIZE);
            input.setPromptText(Messages.get("editor.default"));
            input.textProperty().addListener((o, a, b) -> pushDosage());
            Dosage.Range range = Dosage.RANGES.get(field);
            input.setAccessibleHelp(Messages.format("editor.field.help", range.min(), range.max()));
            grid.getChildren().add(tile(DosageForm.mnemonicLabel(field), input));
            numbers.put(field, input);
        }
        side.setId("dosage-side");
        side.setMinWidth(Region.USE_PREF_SIZE);
        side.getItems().add(null);
        side.getItems().addAll(Side.values());
        side.setConverter(Messages.choiceNames(Messages.get("editor.default"), Messages::label));
        side.valueProperty().addListener((o, a, b) -> pushDosage());
        side.setAccessibleHelp(Messages.get("editor.side.help"));
        load.setId("dosage-load");
        load.setPrefColumnCount(10);
        load.setMinWidth(Region.USE_PREF_SIZE);
        load.setPromptText(Messages.get("editor.load.prompt"));
        load.textProperty().addListener((o, a, b) -> pushDosage());
        load.setAccessibleHelp(Messages.format("editor.load.help", Dosage.MAX_TEXT));
        // Each label names its control for screen readers, as the number fields' labels do.
        grid.getChildren().addAll(tile(Messages.get("editor.side"), side), tile(Messages.get("editor.load"), load));

        note.setId("itemNote");
        note.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= 2000 ? change : null));
        note.setPromptText(Messages.get("editor.note.prompt"));
        noteLabel.setLabelFor(note);
        noteLabel.setMnemonicParsing(true);
        video.setId("videoUrl");
        videoLabel.setLabelFor(video);
        videoLabel.setMnemonicParsing(true);
        for (Label label : List.of(noteLabel, videoLabel)) {
            label.setWrapText(true); // whole words in a narrow pane
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        video.textProperty().addListener((o, a, b) -> {
            if (!updating && index >= 0) {
                model.setVideoUrl(index, b);
            }
        });
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().addListener((o, a, b) -> {
            if (!updating && index >= 0) {
                model.setNote(index, b);
            }
        });
        Label dosageHeading = new Label(Messages.get("editor.dosage"));
        dosageHeading.setWrapText(true);
        dosageHeading.setMinHeight(Region.USE_PREF_SIZE);
        dosageBox = new VBox(6, dosageHeading, grid, hint);

        text.setId("textOverride");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.textProperty().addListener((o, a, b) -> {
            if (!updating && index >= 0) {
                model.setTextOverride(index, EditableText.parse(b));
            }
        });
        Button reset = new Button(Messages.get("editor.text.reset"));
        reset.setId("resetText");
        reset.setOnAction(event -> {
            if (index >= 0) {
                model.setTextOverride(index, List.of());
            }
        });
        Label textLabel = new Label(Messages.get("editor.text"));
        textLabel.setLabelFor(text);
        textLabel.setMnemonicParsing(true);
        textBox = new VBox(6, textLabel, text, reset);
        show(-1);
    }

    /** A label above its field; the label names the field for screen readers and its mnemonic reaches it. */
    private static VBox tile(String label, Control field) {
        Label name = new Label(label);
        name.setLabelFor(field);
        name.setMnemonicParsing(true);
        name.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(2, name, field);
    }

    /** Shows the editor for the item at {@code newIndex} (or nothing when it is -1). */
    void show(int newIndex) {
        index = newIndex;
        List<HandoutItem> entries = model.handoutProperty().get().items();
        getChildren().clear();
        if (index < 0 || index >= entries.size()) {
            return;
        }
        HandoutItem entry = entries.get(index);
        LibraryItem item = model.itemOf(entry).orElse(null);
        updating = true;
        try {
            heading.setText(model.labelOf(entry));
            getChildren().add(heading);
            if (item instanceof Exercise exercise) {
                Dosage own = entry.dosage() == null ? Dosage.NONE : entry.dosage();
                Dosage defaults = exercise.dosage();
                setNumber("reps", own.reps(), defaults.reps());
                setNumber("sets", own.sets(), defaults.sets());
                setNumber("holdSeconds", own.holdSeconds(), defaults.holdSeconds());
                setNumber("timesPerDay", own.timesPerDay(), defaults.timesPerDay());
                setNumber("daysPerWeek", own.daysPerWeek(), defaults.daysPerWeek());
                setNumber("durationMinutes", own.durationMinutes(), defaults.durationMinutes());
                setNumber("restSeconds", own.restSeconds(), defaults.restSeconds());
                side.setValue(own.side());
                load.setText(own.load() == null ? "" : own.load());
                load.setPromptText(defaults.load() == null ? Messages.get("editor.load.prompt") : defaults.load());
                hint.setText("");
                String ownVideo = entry.videoUrl() == null ? "" : entry.videoUrl();
                if (!ownVideo.equals(video.getText())) {
                    video.setText(ownVideo);
                }
                video.setPromptText(exercise.videoUrl() == null ? Messages.get("editor.video.prompt") : exercise.videoUrl());
                getChildren().addAll(dosageBox, videoLabel, video);
            }
            if (item instanceof Advice advice) {
                List<TextBlock> blocks = entry.textOverride().isEmpty() ? advice.blocks() : entry.textOverride();
                String current = EditableText.of(blocks);
                if (!current.equals(text.getText())) {
                    text.setText(current);
                }
                getChildren().add(textBox);
            }
            if (!entry.isFreeText()) {
                String noteText = entry.note() == null ? "" : entry.note();
                if (!noteText.equals(note.getText())) {
                    note.setText(noteText);
                }
                getChildren().addAll(noteLabel, note);
            }
        } finally {
            updating = false;
        }
    }

    private void setNumber(String field, Integer own, Integer fallback) {
        TextField input = numbers.get(field);
        String value = own == null ? "" : own.toString();
        if (!value.equals(input.getText())) {
            input.setText(value);
        }
        input.setPromptText(fallback == null ? "-" : fallback.toString());
    }

    /** Reads the fields; a valid dosage goes to the model, an invalid one only shows its hint. */
    private void pushDosage() {
        if (updating || index < 0) {
            return;
        }
        Map<String, String> typed = new LinkedHashMap<>();
        numbers.forEach((field, input) -> typed.put(field, input.getText()));
        DosageForm.Result result = DosageForm.read(typed, side.getValue(), load.getText());
        numbers.forEach((field, input) -> input.pseudoClassStateChanged(INVALID, result.invalidFields().contains(field)));
        hint.setText(result.hint());
        result.dosage().ifPresent(dosage -> model.setDosage(index, dosage));
    }
}
