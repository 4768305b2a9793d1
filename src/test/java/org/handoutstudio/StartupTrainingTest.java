package org.handoutstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTrainingTest {

    @Test
    void loadsEachListedClassAndSkipsCommentsAndTheJdksOwnLines(@TempDir Path folder) throws Exception {
        Path list = folder.resolve("desktop.classlist");
        Files.writeString(list, """
                # a comment
                org/handoutstudio/StartupTrainingTest$Untouched id: 7
                @lambda-proxy java/lang/Object run ()Ljava/lang/Runnable;
                com/example/NotThere

                java/util/ArrayList
                """);
        assertEquals(2, StartupTraining.loadDesktopClasses(list));
        // Loaded, never initialised: a desktop class's static code would open the display.
        assertEquals(0, initialised);
    }

    @Test
    void aListThatLoadsNothingStopsTheBuild(@TempDir Path folder) throws Exception {
        Path list = folder.resolve("desktop.classlist");
        Files.writeString(list, "com/example/Gone\n# nothing else\n");
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> StartupTraining.loadDesktopClasses(list));
        assertTrue(failure.getMessage().contains("desktop.classlist"), failure.getMessage());
    }

    /** How often {@link Untouched}'s static code has run. */
    private static int initialised;

    static final class Untouched {
        static {
            initialised++;
        }
    }
}
