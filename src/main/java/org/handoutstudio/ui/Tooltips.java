package org.handoutstudio.ui;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/** Tooltips that cost nothing until the pointer first comes to their control. */
final class Tooltips {

    private Tooltips() {
    }

    /**
     * Gives {@code control} the tooltip {@code text}. Screen readers get the text at once, as the
     * control's help (what they would read from a tooltip). The {@link Tooltip} itself is a pop-up
     * window with a scene of its own; it is made when the pointer first enters the control, so
     * the window's dozen tooltips do not hold up its first frame.
     */
    static void install(Control control, String text) {
        control.setAccessibleHelp(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
            if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(text));
            }
        });
    }
}
