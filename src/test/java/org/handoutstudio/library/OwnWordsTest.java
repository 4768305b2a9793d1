package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The library is written in our own words: no run of 9+ words may match the source material. */
class OwnWordsTest {

    private static final Path TOOL = Path.of("../shared/tools/own-words-check");

    @Test
    void contentSharesNoSentencesWithTheSourceMaterial() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(TOOL), "the shared tools folder sits beside the repository in CI");
        Process process = new ProcessBuilder(TOOL.toString(), "assets", "templates", "src/main", "docs", "README.md")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), output);
    }
}
