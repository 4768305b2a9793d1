package org.handoutstudio.ui;

import javafx.scene.control.ChoiceBox;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.layout.LayoutOptions;

/**
 * How the handout's exercise cards print (in full, two or three to a page), in the main toolbar.
 * A choice is an undoable edit of the handout, and the box follows the handout back when it is
 * undone or another is opened.
 */
final class LayoutChoice extends ChoiceBox<ExerciseLayout> {

    private boolean updating;

    LayoutChoice(HandoutEditingModel model) {
        setId("exerciseLayout");
        getItems().addAll(ExerciseLayout.values());
        setConverter(Messages.choiceNames("", Messages::label));
        setAccessibleText(Messages.get("print.layout"));
        Tooltips.install(this, Messages.get("print.layout.tooltip"));
        valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.setLayout(b);
            }
        });
        model.handoutProperty().addListener((o, a, b) -> show(b));
        show(model.handoutProperty().get());
    }

    private void show(Handout handout) {
        updating = true;
        try {
            setValue(handout.layout() == null ? LayoutOptions.DEFAULT_LAYOUT : handout.layout());
        } finally {
            updating = false;
        }
    }
}
