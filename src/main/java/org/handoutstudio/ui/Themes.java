package org.handoutstudio.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import org.handoutstudio.handout.Theme;

/** The editor's theme: AtlantaFX's Primer Light, or Primer Dark when the user chose it. */
final class Themes {

    private static Theme applied;

    private Themes() {
    }

    /**
     * Makes {@code theme} the stylesheet every window starts from. Called on the FX thread before
     * the first window's scene is made (a later call restyles open windows too).
     */
    static void apply(Theme theme) {
        if (theme == applied) {
            return;
        }
        applied = theme;
        Application.setUserAgentStylesheet(theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
