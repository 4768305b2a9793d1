package org.handoutstudio.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.controlsfx.control.CheckComboBox;
import org.handoutstudio.library.BodyRegion;
import org.handoutstudio.library.Category;
import org.handoutstudio.library.Condition;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.Position;
import org.handoutstudio.library.Provenance;
import org.handoutstudio.library.Side;

/** Every field an exercise has, in the order a clinician thinks of them. */
final class ExerciseFields implements ItemFields {

    private final FormGrid form = new FormGrid();
    private final TextField name;
    private final TextArea otherNames;
    private final TextArea purpose;
    private final ComboBox<Category> category;
    private final CheckComboBox<BodyRegion> regions;
    private final ComboBox<Position> position;
    private final TextArea equipment;
    private final TextArea start;
    private final StepsEditor steps;
    private final TextArea feel;
    private final TextArea avoid;
    private final TextArea easier;
    private final TextArea harder;
    private final Map<String, TextField> numbers = new LinkedHashMap<>();
    private final ComboBox<Side> side;
    private final TextField load;
    private final TextArea progression;
    private final CheckComboBox<Condition> cautions;
    private final TextArea altText;
    private final PicturePicker picture;
    private final TextArea keywords;
    private final TextField videoUrl;

    ExerciseFields(Exercise exercise, PicturePicker picture) {
        this.picture = picture;
        form.heading("form.section.about");
        name = form.text("name", "form.name", exercise.name());
        name.setId("formName");
        otherNames = form.lines("alternativeNames", "form.otherNames", exercise.alternativeNames(), 2);
        purpose = form.area("purpose", "form.purpose", exercise.purpose(), 2);
        category = form.choice("category", "form.category", Category.values(), Messages::label, exercise.category());
        category.setId("formCategory");
        regions = form.choices("bodyRegions", "form.regions", BodyRegion.values(), Messages::label, exercise.bodyRegions());
        regions.setId("formRegions");
        position = form.choice("position", "form.position", Position.values(), Messages::label, exercise.position());
        position.setId("formPosition");
        equipment = form.lines("equipment", "form.equipment", exercise.equipment(), 2);
        form.heading("form.section.how");
        start = form.area("startingPosition", "form.start", exercise.startingPosition(), 2);
        start.setId("formStart");
        steps = new StepsEditor(exercise.steps(), form::changed);
        form.row("steps", "form.steps", steps, steps.list());
        feel = form.area("youShouldFeel", "form.feel", exercise.youShouldFeel(), 2);
        feel.setId("formFeel");
        avoid = form.area("commonMistake", "form.avoid", exercise.commonMistake(), 2);
        avoid.setId("formAvoid");
        easier = form.area("easier", "form.easier", exercise.easier(), 2);
        easier.setId("formEasier");
        harder = form.area("harder", "form.harder", exercise.harder(), 2);
        harder.setId("formHarder");
        form.heading("form.section.dosage");
        Dosage dosage = exercise.dosage();
        Integer[] values = {dosage.reps(), dosage.sets(), dosage.holdSeconds(), dosage.timesPerDay(), dosage.daysPerWeek(),
            dosage.durationMinutes(), dosage.restSeconds()};
        GridPane dosageGrid = new GridPane();
        dosageGrid.setHgap(8);
        dosageGrid.setVgap(6);
        for (int i = 0; i < DosageForm.NUMBER_FIELDS.size(); i++) {
            String field = DosageForm.NUMBER_FIELDS.get(i);
            TextField box = form.text("dosage." + field, "form.dosage." + field, values[i] == null ? "" : values[i].toString());
            box.setPrefColumnCount(5);
            box.setId("formDosage-" + field);
        }
        side = form.choice("dosage.side", "form.dosage.side", Side.values(), Messages::label, dosage.side());
        load = form.text("dosage.load", "form.dosage.load", dosage.load());
        progression = form.area("dosage.progression", "form.dosage.progression", dosage.progression(), 2);
        DosageForm.NUMBER_FIELDS.forEach(field -> numbers.put(field, (TextField) form.fieldFor("dosage." + field)));
        form.heading("form.section.safety");
        cautions = form.choices("cautions", "form.cautions", Condition.values(), Condition::words,
                exercise.cautions());
        form.heading("form.section.picture");
        form.row("figure", "form.picture", picture, picture.list());
        picture.pictureProperty().addListener((o, a, b) -> form.changed());
        altText = form.area("altText", "form.altText", exercise.altText(), 2);
        altText.setId("formAltText");
        form.heading("form.section.finding");
        keywords = form.lines("keywords", "form.keywords", exercise.keywords(), 2);
        videoUrl = form.text("videoUrl", "form.videoUrl", exercise.videoUrl());
    }

    @Override
    public FormGrid form() {
        return form;
    }

    @Override
    public TextField titleField() {
        return name;
    }

    @Override
    public LibraryItem read(String id, Provenance provenance, Map<String, String> unreadable) {
        Map<String, String> typed = new LinkedHashMap<>();
        numbers.forEach((field, box) -> typed.put(field, box.getText()));
        DosageForm.Result result = DosageForm.read(typed, side.getValue(), load.getText());
        Dosage dosage = result.dosage().orElse(Dosage.NONE);
        if (result.dosage().isEmpty()) {
            result.invalidFields().forEach(field -> unreadable.put("dosage." + field, result.hint()));
            if (result.invalidFields().isEmpty()) {
                unreadable.put("dosage.load", result.hint());
            }
        }
        String progressionText = FormGrid.textOf(progression);
        if (progressionText != null) {
            dosage = new Dosage(dosage.reps(), dosage.sets(), dosage.holdSeconds(), dosage.timesPerDay(),
                    dosage.daysPerWeek(), dosage.durationMinutes(), dosage.side(), dosage.load(), dosage.restSeconds(),
                    progressionText);
        }
        PicturePicker.Picture chosen = picture.pictureProperty().get();
        return new Exercise(id, FormGrid.textOf(name), FormGrid.linesOf(otherNames), FormGrid.textOf(purpose),
                category.getValue(), List.copyOf(regions.getCheckModel().getCheckedItems()), position.getValue(),
                FormGrid.linesOf(equipment), FormGrid.textOf(start), steps.steps(), FormGrid.textOf(feel),
                FormGrid.textOf(avoid), FormGrid.textOf(easier), FormGrid.textOf(harder), dosage, chosen.figure(),
                chosen.photo(), FormGrid.textOf(videoUrl), FormGrid.textOf(altText), FormGrid.linesOf(keywords),
                List.copyOf(cautions.getCheckModel().getCheckedItems()), provenance);
    }
}
