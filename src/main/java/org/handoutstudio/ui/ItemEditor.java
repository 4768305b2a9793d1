package org.handoutstudio.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.library.Advice;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.io.Problem;
import org.handoutstudio.io.Problems;
import org.handoutstudio.library.Side;
import org.handoutstudio.library.TextBlock;

/**
 * Edits the selected handout item: an exercise's dosage (validated as you type, with a plain
 * hint) and note; an advice section's text for this handout only, which can be reset to the
 * library's.
 */
final class ItemEditor extends VBox {

    private static final String[][] NUMBER_FIELDS = {
        {"reps", Messages.get("editor.reps")}, {"sets", Messages.get("editor.sets")},
        {"holdSeconds", Messages.get("editor.holdSeconds")}, {"timesPerDay", Messages.get("editor.timesPerDay")},
        {"daysPerWeek", Messages.get("editor.daysPerWeek")}, {"durationMinutes", Messages.get("editor.durationMinutes")},
        {"restSeconds", Messages.get("editor.restSeconds")}};

    private final EditorViewModel model;
    private final Map<String, TextField> numbers = new LinkedHashMap<>();
    private final ChoiceBox<Side> side = new ChoiceBox<>();
    private final TextField load = new TextField();
    private final TextArea note = new TextArea();
    private final Label noteLabel = new Label(Messages.get("editor.note"));
    private final TextArea text = new TextArea();
    private final Label hint = new Label();
    private final Label heading = new Label();
    private final VBox dosageBox;
    private final VBox textBox;
    private int index = -1;
    private boolean updating;

    ItemEditor(EditorViewModel model) {
        this.model = model;
        setId("itemEditor");
        setSpacing(6);
        setPadding(new Insets(8, 0, 0, 0));
        heading.getStyleClass().add("editor-heading");
        hint.setId("dosageHint");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int cell = 0;
        for (String[] field : NUMBER_FIELDS) {
            TextField input = new TextField();
            input.setId("dosage-" + field[0]);
            input.setPrefColumnCount(4);
            input.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // equal boxes in both columns
            input.setPromptText(Messages.get("editor.default"));
            input.textProperty().addListener((o, a, b) -> pushDosage());
            Label label = new Label(field[1]);
            label.setLabelFor(input);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(label, (cell % 2) * 2, cell / 2);
            grid.add(input, (cell % 2) * 2 + 1, cell / 2);
            numbers.put(field[0], input);
            cell++;
        }
        side.setId("dosage-side");
        side.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        side.getItems().add(null);
        side.getItems().addAll(Side.values());
        side.setConverter(Messages.choiceNames(Messages.get("editor.default"), Messages::label));
        side.valueProperty().addListener((o, a, b) -> pushDosage());
        load.setId("dosage-load");
        load.setPromptText(Messages.get("editor.load.prompt"));
        load.textProperty().addListener((o, a, b) -> pushDosage());
        // Each label names its control for screen readers, as the number fields' labels do.
        Label sideLabel = new Label(Messages.get("editor.side"));
        sideLabel.setLabelFor(side);
        grid.add(sideLabel, (cell % 2) * 2, cell / 2);
        grid.add(side, (cell % 2) * 2 + 1, cell / 2);
        cell++;
        Label loadLabel = new Label(Messages.get("editor.load"));
        loadLabel.setLabelFor(load);
        grid.add(loadLabel, (cell % 2) * 2, cell / 2);
        grid.add(load, (cell % 2) * 2 + 1, cell / 2);

        note.setId("itemNote");
        note.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().length() <= 2000 ? change : null));
        note.setPromptText(Messages.get("editor.note.prompt"));
        noteLabel.setLabelFor(note);
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().addListener((o, a, b) -> {
            if (!updating && index >= 0) {
                model.setNote(index, b);
            }
        });
        dosageBox = new VBox(6, new Label(Messages.get("editor.dosage")), grid, hint);

        text.setId("textOverride");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.textProperty().addListener((o, a, b) -> {
            if (!updating && index >= 0) {
                model.setTextOverride(index, paragraphs(b));
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
        textBox = new VBox(6, textLabel, text, reset);
        show(-1);
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
                getChildren().add(dosageBox);
            }
            if (item instanceof Advice advice) {
                List<TextBlock> blocks = entry.textOverride().isEmpty() ? advice.blocks() : entry.textOverride();
                String current = asText(blocks);
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
        List<String> notNumbers = new ArrayList<>();
        Integer[] values = new Integer[NUMBER_FIELDS.length];
        for (int i = 0; i < NUMBER_FIELDS.length; i++) {
            TextField input = numbers.get(NUMBER_FIELDS[i][0]);
            String raw = input.getText().strip();
            input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), false);
            if (raw.isEmpty()) {
                continue;
            }
            try {
                values[i] = Integer.valueOf(raw);
            } catch (NumberFormatException e) {
                notNumbers.add(NUMBER_FIELDS[i][1]);
                input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), true);
            }
        }
        if (!notNumbers.isEmpty()) {
            hint.setText(Messages.format("editor.notNumber", String.join(", ", notNumbers)));
            return;
        }
        String loadText = load.getText().isBlank() ? null : load.getText().strip();
        Dosage dosage = new Dosage(values[0], values[1], values[2], values[3], values[4], values[5], side.getValue(),
                loadText, values[6], null);
        Problems problems = new Problems("dosage");
        dosage.validate(problems, "dosage");
        if (!problems.isEmpty()) {
            List<String> messages = new ArrayList<>();
            for (Problem problem : problems.list()) {
                String field = problem.path().substring("dosage.".length());
                TextField input = numbers.get(field);
                if (input != null) {
                    input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), true);
                }
                Dosage.Range range = Dosage.RANGES.get(field);
                if (range != null) {
                    messages.add(Messages.format("editor.outOfRange", labelOf(field), range.min(), range.max(),
                            values[fieldIndex(field)]));
                } else if ("load".equals(field)) {
                    messages.add(Messages.format("editor.tooLong", Messages.get("editor.load"), Dosage.MAX_TEXT));
                } else {
                    messages.add(labelOf(field) + " " + problem.message()); // a rule added later, in the core's words
                }
            }
            hint.setText(String.join("; ", messages) + ".");
            return;
        }
        hint.setText("");
        model.setDosage(index, dosage);
    }

    /** Where {@code field} is in {@link #NUMBER_FIELDS} (and in the values read from them), or -1. */
    private static int fieldIndex(String field) {
        for (int i = 0; i < NUMBER_FIELDS.length; i++) {
            if (NUMBER_FIELDS[i][0].equals(field)) {
                return i;
            }
        }
        return -1;
    }

    private static String labelOf(String field) {
        int index = fieldIndex(field);
        return index < 0 ? field : NUMBER_FIELDS[index][1];
    }

    /** Advice blocks as editable text: paragraphs separated by blank lines, bullets as "- ". */
    static String asText(List<TextBlock> blocks) {
        List<String> parts = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (block instanceof TextBlock.Paragraph p) {
                parts.add(p.text());
            } else if (block instanceof TextBlock.Subheading s) {
                parts.add("## " + s.text());
            } else if (block instanceof TextBlock.Bullets b) {
                parts.add(String.join("\n", b.items().stream().map(item -> "- " + item).toList()));
            } else if (block instanceof TextBlock.WritingLines w) {
                parts.add("[lines " + w.count() + "]");
            }
        }
        return String.join("\n\n", parts);
    }

    /** The inverse of {@link #asText}: blank lines separate blocks. */
    static List<TextBlock> paragraphs(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        for (String part : text.split("\\n\\s*\\n")) {
            String trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("## ")) {
                blocks.add(new TextBlock.Subheading(trimmed.substring(3).strip()));
            } else if (trimmed.startsWith("- ")) {
                blocks.add(new TextBlock.Bullets(trimmed.lines().map(line -> line.replaceFirst("^-\\s*", "").strip())
                        .filter(line -> !line.isEmpty()).toList()));
            } else if (trimmed.matches("\\[lines \\d{1,3}]")) {
                int count = Integer.parseInt(trimmed.replaceAll("\\D", ""));
                blocks.add(new TextBlock.WritingLines(Math.max(1, Math.min(TextBlock.MAX_WRITING_LINES, count))));
            } else {
                blocks.add(new TextBlock.Paragraph(trimmed.replace('\n', ' ')));
            }
        }
        return blocks;
    }
}
