package org.handoutstudio.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one line of status under the window. A line about the file ("Saved", "Opened") describes
 * the handout as it stood, so the handout's next change clears it; other lines stay until replaced.
 */
final class StatusLine {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private String aboutTheFile;

    ReadOnlyStringProperty property() {
        return text.getReadOnlyProperty();
    }

    void show(String line) {
        text.set(line);
    }

    /** A line about the handout as it stands; {@link #handoutChanged} clears it. */
    void showAboutTheFile(String line) {
        text.set(line);
        aboutTheFile = line;
    }

    void handoutChanged() {
        if (aboutTheFile != null && aboutTheFile.equals(text.get())) {
            text.set("");
        }
    }
}
