package org.handoutstudio.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handoutstudio.io.Problem;
import org.handoutstudio.io.Problems;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Side;

/**
 * The item editor's dosage fields as data: reads what was typed, checks it with the core's own
 * rules ({@link Dosage#validate}), and words a plain hint for anything wrong. A valid entry gives
 * the dosage to apply; an invalid one gives only the hint and the fields to mark.
 */
final class DosageForm {

    /** The number fields, by their names in the file, in the order the editor shows them. */
    static final List<String> NUMBER_FIELDS = List.of("reps", "sets", "holdSeconds", "timesPerDay", "daysPerWeek",
            "durationMinutes", "restSeconds");

    /** What was typed, checked: the dosage when it is valid, else the fields to mark and why. */
    record Result(Optional<Dosage> dosage, Set<String> invalidFields, String hint) { }

    private DosageForm() {
    }

    private static final Map<String, String> LABEL_KEYS = Map.of("reps", "editor.reps", "sets", "editor.sets",
            "holdSeconds", "editor.holdSeconds", "timesPerDay", "editor.timesPerDay", "daysPerWeek", "editor.daysPerWeek",
            "durationMinutes", "editor.durationMinutes", "restSeconds", "editor.restSeconds", "load", "editor.load");

    /** The field's label as the editor shows it ("Reps", "Hold (seconds)"). */
    static String label(String field) {
        return mnemonicLabel(field).replace("_", "");
    }

    /** The label with its mnemonic marked ("_Reps": Alt+R reaches the field). */
    static String mnemonicLabel(String field) {
        String key = LABEL_KEYS.get(field);
        return key == null ? field : Messages.get(key);
    }

    /**
     * @param numbers what is typed in each number field (blank: the library's default)
     * @param side    the side chosen, or null for the default
     * @param load    the load typed, blank for the default
     */
    static Result read(Map<String, String> numbers, Side side, String load) {
        Set<String> invalid = new LinkedHashSet<>();
        Integer[] values = new Integer[NUMBER_FIELDS.size()];
        for (int i = 0; i < NUMBER_FIELDS.size(); i++) {
            String raw = numbers.getOrDefault(NUMBER_FIELDS.get(i), "").strip();
            if (raw.isEmpty()) {
                continue;
            }
            try {
                values[i] = Integer.valueOf(raw);
            } catch (NumberFormatException e) {
                invalid.add(NUMBER_FIELDS.get(i));
            }
        }
        if (!invalid.isEmpty()) {
            return new Result(Optional.empty(), invalid, Messages.format("editor.notNumber",
                    String.join(", ", invalid.stream().map(DosageForm::label).toList())));
        }
        String loadText = load == null || load.isBlank() ? null : load.strip();
        Dosage dosage = new Dosage(values[0], values[1], values[2], values[3], values[4], values[5], side, loadText,
                values[6], null);
        Problems problems = new Problems("dosage");
        dosage.validate(problems, "dosage");
        if (problems.isEmpty()) {
            return new Result(Optional.of(dosage), Set.of(), "");
        }
        List<String> messages = new ArrayList<>();
        for (Problem problem : problems.list()) {
            String field = problem.path().substring("dosage.".length());
            Dosage.Range range = Dosage.RANGES.get(field);
            if (range != null) {
                invalid.add(field);
                messages.add(Messages.format("editor.outOfRange", label(field), range.min(), range.max(),
                        values[NUMBER_FIELDS.indexOf(field)]));
            } else if ("load".equals(field)) {
                messages.add(Messages.format("editor.tooLong", label("load"), Dosage.MAX_TEXT));
            } else {
                messages.add(label(field) + " " + problem.message()); // a rule added later, in the core's words
            }
        }
        return new Result(Optional.empty(), invalid, String.join("; ", messages) + ".");
    }
}
