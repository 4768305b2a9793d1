package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The library is written in our own words: no run of 9+ words may match the source material.
 * The checker sits in the shared tools folder beside the repository, as it does in CI; a build
 * without it fails rather than passing unchecked. Elsewhere, name the checker with
 * {@code -Downwords.tool=PATH}, or skip on purpose with {@code -Downwords.skip=true}.
 */
class OwnWordsTest {

    private static final Path TOOL = Path.of(System.getProperty("ownwords.tool", "../shared/tools/own-words-check"));

    @Test
    void contentSharesNoSentencesWithTheSourceMaterial() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("ownwords.skip"), "skipped on purpose with -Downwords.skip=true");
        assertTrue(Files.isExecutable(TOOL), TOOL.toAbsolutePath().normalize() + " is missing: the own-words checker "
                + "must run (name it with -Downwords.tool=PATH, or skip on purpose with -Downwords.skip=true)");
        Process process = new ProcessBuilder(TOOL.toString(), "assets", "templates", "src/main", "docs", "README.md")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), output);
    }
}
