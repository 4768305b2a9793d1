package org.handoutstudio.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * A two-column form (labels, then fields) whose fields are known by their names in the library
 * file ("name", "steps", "dosage.reps"), so a problem the core names can be marked on its field.
 * Every change anywhere in the form runs the listener given to {@link #onChange}.
 */
final class FormGrid {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final GridPane grid = new GridPane();
    private final Map<String, Control> fields = new LinkedHashMap<>();
    /** Each field's name as the form shows it, for naming problems in plain words. */
    private final Map<String, String> names = new LinkedHashMap<>();
    private String currentHeading;
    private Runnable onChange = () -> { };
    private int row;

    FormGrid() {
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labelColumn = new ColumnConstraints();
        labelColumn.setMinWidth(130);
        labelColumn.setHalignment(HPos.RIGHT);
        ColumnConstraints fieldColumn = new ColumnConstraints();
        fieldColumn.setHgrow(Priority.ALWAYS);
        fieldColumn.setMinWidth(240);
        grid.getColumnConstraints().addAll(labelColumn, fieldColumn);
    }

    GridPane view() {
        return grid;
    }

    void onChange(Runnable listener) {
        onChange = listener;
    }

    void changed() {
        onChange.run();
    }

    /** A one-line text field; {@code labelKey} is its label in the messages bundle (with a mnemonic). */
    TextField text(String field, String labelKey, String value) {
        TextField box = new TextField(value == null ? "" : value);
        add(field, labelKey, box, box);
        return box;
    }

    /** A box of a few lines of text. */
    TextArea area(String field, String labelKey, String value, int rows) {
        TextArea box = new TextArea(value == null ? "" : value);
        box.setWrapText(true);
        box.setPrefRowCount(rows);
        add(field, labelKey, box, box);
        return box;
    }

    /** A list of short texts, one a line (other names, equipment, keywords, sources, signs). */
    TextArea lines(String field, String labelKey, List<String> values, int rows) {
        TextArea box = area(field, labelKey, String.join("\n", values), rows);
        Tooltips.install(box, Messages.get("form.oneALine"));
        return box;
    }

    static List<String> linesOf(TextArea box) {
        return Arrays.stream(box.getText().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String textOf(TextInputControl box) {
        String text = box.getText().strip();
        return text.isEmpty() ? null : text;
    }

    /** A choice of one value, or none. */
    <T> ComboBox<T> choice(String field, String labelKey, T[] values, Function<T, String> name, T value) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().addAll(values);
        box.setConverter(converter(name));
        box.setValue(value);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, a, b) -> onChange.run());
        add(field, labelKey, box, null);
        return box;
    }

    /** A choice of any number of values. */
    <T> CheckComboBox<T> choices(String field, String labelKey, T[] values, Function<T, String> name, List<T> chosen) {
        CheckComboBox<T> box = new CheckComboBox<>();
        box.getItems().addAll(values);
        box.setConverter(converter(name));
        chosen.forEach(value -> box.getCheckModel().check(value));
        box.setMaxWidth(Double.MAX_VALUE);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> onChange.run());
        add(field, labelKey, box, null);
        return box;
    }

    /** Any node on a labelled row (a list editor, a picture chooser), known as {@code field}. */
    void row(String field, String labelKey, Node node, Control marked) {
        Label label = label(labelKey, node);
        GridPane.setValignment(label, VPos.TOP);
        grid.addRow(row++, label, node);
        if (marked != null) {
            fields.put(field, marked);
            name(field, label);
            nameForTests(marked, field);
        }
    }

    /** A heading across both columns. */
    void heading(String key) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().add("form-heading");
        GridPane.setHalignment(heading, HPos.LEFT);
        grid.add(heading, 0, row++, 2, 1);
        currentHeading = heading.getText();
    }

    private void add(String field, String labelKey, Control control, TextInputControl text) {
        Label label = label(labelKey, control);
        if (text != null) {
            text.textProperty().addListener((o, a, b) -> onChange.run());
        }
        GridPane.setValignment(label, control instanceof TextArea ? VPos.TOP : VPos.CENTER);
        grid.addRow(row++, label, control);
        fields.put(field, control);
        name(field, label);
        nameForTests(control, field);
    }

    private void name(String field, Label label) {
        String shown = label.getText().replace("_", "");
        // The tiers of a safety-netting item repeat their field names: say which tier.
        names.put(field, field.startsWith("sections[") && currentHeading != null ? shown + " (" + currentHeading + ")" : shown);
    }

    /**
     * The field a problem's path names, as the form labels it ("Steps" for "steps[2]", with the
     * entry's number), or empty when no field of this form has it.
     */
    Optional<String> describe(String path) {
        Control control = fieldFor(path);
        if (control == null) {
            return Optional.empty();
        }
        String field = fields.entrySet().stream().filter(entry -> entry.getValue() == control).findFirst()
                .orElseThrow().getKey();
        String rest = path.substring(field.length());
        var index = INDEX.matcher(rest);
        return Optional.of(names.get(field) + (index.lookingAt() ? ", " + Messages.format("form.entry",
                Integer.parseInt(index.group(1)) + 1) : ""));
    }

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    /** Fields without an id of their own get one from their name ("form-dosage-reps"), for tests and tools. */
    private static void nameForTests(Control control, String field) {
        if (control.getId() == null) {
            control.setId("form-" + field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""));
        }
    }

    private static Label label(String key, Node target) {
        Label label = new Label(Messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.setWrapText(true);
        if (target instanceof Control control) {
            control.setAccessibleText(label.getText().replace("_", ""));
        }
        return label;
    }

    /**
     * Marks the fields that {@code problems} name (a path such as "steps[2]" marks "steps"),
     * with the message as the field's tooltip; clears the others. Returns the paths no field matched.
     */
    List<String> mark(Map<String, String> problems) {
        fields.forEach((field, control) -> {
            control.pseudoClassStateChanged(INVALID, false);
            control.setTooltip(null);
            control.setAccessibleHelp(null);
        });
        List<String> unmatched = new ArrayList<>();
        problems.forEach((path, message) -> {
            Control control = fieldFor(path);
            if (control == null) {
                unmatched.add(path);
                return;
            }
            control.pseudoClassStateChanged(INVALID, true);
            control.setTooltip(new Tooltip(message));
            control.setAccessibleHelp(message);
        });
        return unmatched;
    }

    Control fieldFor(String path) {
        String best = null;
        for (String field : fields.keySet()) {
            boolean matches = path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[");
            if (matches && (best == null || field.length() > best.length())) {
                best = field;
            }
        }
        return best == null ? null : fields.get(best);
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
