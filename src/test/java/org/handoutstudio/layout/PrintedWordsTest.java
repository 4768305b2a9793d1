package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.handoutstudio.library.Side;
import org.handoutstudio.library.Tier;
import org.junit.jupiter.api.Test;

/** Every printed word comes from {@code printed.properties}, and every key the layout asks for is there. */
class PrintedWordsTest {

    private static final Path LAYOUT = Path.of("src/main/java/org/handoutstudio/layout");
    private static final Pattern KEY = Pattern.compile("PrintedWords\\.(?:get|label|format)\\(\"([^\"]+)\"");

    @Test
    void everyKeyTheLayoutUsesIsInTheBundle() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("org.handoutstudio.layout.printed");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(LAYOUT)) {
            for (Path file : files.toList()) {
                Matcher key = KEY.matcher(Files.readString(file));
                while (key.find()) {
                    // A key built from a prefix ("tier." + name) is checked value by value below.
                    if (!key.group(1).endsWith(".") && !bundle.containsKey(key.group(1))) {
                        missing.add(file.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        for (Tier tier : Tier.values()) {
            assertTrue(bundle.containsKey("tier." + tier.name()), tier.name());
        }
        for (Side side : Side.values()) {
            assertTrue(bundle.containsKey("dosage.side." + side.name()), side.name());
        }
    }

    @Test
    void theUrgentTierNamesThePracticesOutOfHoursRoute() {
        assertEquals("Urgent \u2014 same day: call your GP practice or NHS 111", PrintedWords.format("tier.URGENT", "NHS 111"));
        assertEquals("Emergency \u2014 go to A&E now or call 999", PrintedWords.format("tier.EMERGENCY", "x"));
    }
}
