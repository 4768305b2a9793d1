package org.handoutstudio.ui;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import org.handoutstudio.handout.Handout;

/**
 * How the handout prints, beside the preview that shows it: the exercise diary and its weeks,
 * and ink saver (the cards' layout is in the main toolbar, {@link LayoutChoice}). Each change is
 * an undoable edit of the handout, and
 * the controls follow the handout back when it is undone or another is opened.
 */
final class PrintChoices extends HBox {

    private final HandoutEditingModel model;
    private final CheckBox diary = new CheckBox(Messages.get("print.diary"));
    private final Spinner<Integer> weeks = new Spinner<>(1, Handout.MAX_DIARY_WEEKS, Handout.DEFAULT_DIARY_WEEKS);
    private final CheckBox inkSaver = new CheckBox(Messages.get("print.inkSaver"));
    private boolean updating;

    PrintChoices(HandoutEditingModel model) {
        super(8);
        this.model = model;
        setAlignment(Pos.CENTER_LEFT);
        diary.setId("diary");
        Tooltips.install(diary, Messages.get("print.diary.tooltip"));
        weeks.setId("diaryWeeks");
        weeks.setPrefWidth(64);
        weeks.setAccessibleText(Messages.get("print.diaryWeeks"));
        Tooltips.install(weeks, Messages.get("print.diaryWeeks"));
        inkSaver.setId("inkSaver");
        Tooltips.install(inkSaver, Messages.get("print.inkSaver.tooltip"));
        diary.setMnemonicParsing(true);
        inkSaver.setMnemonicParsing(true);
        getChildren().addAll(diary, weeks, inkSaver);

        diary.selectedProperty().addListener((o, a, b) -> pushDiary());
        weeks.valueProperty().addListener((o, a, b) -> pushDiary());
        inkSaver.selectedProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.setInkSaver(b);
            }
        });
        model.handoutProperty().addListener((o, a, b) -> show(b));
        show(model.handoutProperty().get());
    }

    private void pushDiary() {
        weeks.setDisable(!diary.isSelected());
        if (!updating) {
            model.setDiary(diary.isSelected(), weeks.getValue());
        }
    }

    /** Shows the handout's choices without feeding them back as edits. */
    private void show(Handout handout) {
        updating = true;
        try {
            diary.setSelected(Boolean.TRUE.equals(handout.diary()));
            weeks.getValueFactory().setValue(handout.diaryWeeks() == null ? Handout.DEFAULT_DIARY_WEEKS : handout.diaryWeeks());
            weeks.setDisable(!diary.isSelected());
            inkSaver.setSelected(Boolean.TRUE.equals(handout.inkSaver()));
        } finally {
            updating = false;
        }
    }
}
