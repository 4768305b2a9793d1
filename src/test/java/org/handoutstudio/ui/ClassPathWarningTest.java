package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The editor silences JavaFX's class-path warning, and only that. */
class ClassPathWarningTest {

    @Test
    void onlyTheClassPathWarningIsDropped() {
        EditorApp.quietClassPathWarning();
        Logger javafx = Logger.getLogger("javafx");
        List<String> published = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                published.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(capture);
        try {
            // Through JavaFX's own logger, as its start-up check writes the warning.
            com.sun.javafx.util.Logging.getJavaFXLogger().warning(
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'");
            com.sun.javafx.util.Logging.getJavaFXLogger().warning("Some other JavaFX warning");
        } finally {
            javafx.removeHandler(capture);
            javafx.setFilter(null);
        }
        assertEquals(List.of("Some other JavaFX warning"), published);
    }
}
