package org.handoutstudio.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handoutstudio.startup.StartupTraining;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTrainingTest {

    private static final String UNTOUCHED = "org/handoutstudio/startup/StartupTrainingTest$Untouched";

    @Test
    void loadsEachListedClassAndSkipsCommentsAndTheJdksOwnLines(@TempDir Path folder) throws Exception {
        Path list = folder.resolve("desktop.classlist");
        Files.writeString(list, """
                # a comment
                org/handoutstudio/startup/StartupTrainingTest$Untouched id: 7
                @lambda-proxy java/lang/Object run ()Ljava/lang/Runnable;
                com/example/NotThere

                java/util/ArrayList
                """);
        assertEquals("2 (1 no longer found)", StartupTraining.loadDesktopClasses(list, List.of(UNTOUCHED)));
        // Loaded, never initialised: a desktop class's static code would open the display.
        assertEquals(0, initialised);
    }

    @Test
    void aListWithoutItsAnchorsStopsTheBuild(@TempDir Path folder) throws Exception {
        Path list = folder.resolve("desktop.classlist");
        Files.writeString(list, "java/util/ArrayList\ncom/example/Gone\n");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> StartupTraining.loadDesktopClasses(list, List.of("com/example/Gone")));
        assertTrue(failure.getMessage().contains("desktop.classlist: com/example/Gone not loaded"), failure.getMessage());
    }

    @Test
    void theBundledDesktopListNamesTheDesktopsWindowAndGraphicsClasses() throws Exception {
        // The Linux JavaFX jars on the test class path hold them; the build's training needs them.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        String loaded = StartupTraining.loadDesktopClasses(Path.of("jpackage/desktop.classlist"),
                StartupTraining.DESKTOP_ANCHORS);
        assertTrue(Integer.parseInt(loaded.split(" ")[0]) >= 50, loaded);
    }

    /** How often {@link Untouched}'s static code has run. */
    private static int initialised;

    static final class Untouched {
        static {
            initialised++;
        }
    }
}
