package org.handoutstudio.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import javafx.application.Application;
import org.handoutstudio.handout.Theme;

/**
 * The editor's theme: AtlantaFX's Primer Light, or Primer Dark when the user chose it. The build
 * compiles both to JavaFX's binary stylesheets (pom.xml, compile-themes), which load in a quarter
 * of the time their CSS takes to parse on a cold start, keeping only the rules that the code of
 * that build can match (build/ThemeRules.java): a run from classes compiled since then, outside
 * Maven, may miss the rules of a style class it newly sets. Without them AtlantaFX's own CSS is used.
 */
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
        URL compiled = Themes.class.getResource(theme == Theme.DARK ? "themes/primer-dark.bss" : "themes/primer-light.bss");
        Application.setUserAgentStylesheet(compiled != null ? compiled.toExternalForm()
                : theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}
