package org.handoutstudio.startup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupSamplerTest {

    @Test
    void samplesShowWhereARunningThreadSpendsItsTime(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("samples.txt");
        StartupSampler sampler = StartupSampler.start(file);
        long until = System.nanoTime() + 300_000_000L;
        double sink = 0;
        while (System.nanoTime() < until) {
            sink += spin();
        }
        sampler.stop();
        assertTrue(sink > 0);
        String thread = Thread.currentThread().getName().replace(' ', '_');
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.stream().anyMatch(line -> line.matches("\\d+ " + Pattern.quote(thread) + " .*"
                + "StartupSamplerTest\\.samplesShowWhereARunningThreadSpendsItsTime;.*")),
                "a sample of this thread inside this test: " + lines.size() + " lines");
        assertTrue(lines.stream().noneMatch(line -> line.contains(" startup-sampler ")), "the sampler leaves itself out");
    }

    private static double spin() {
        double sum = 0;
        for (int i = 1; i < 10_000; i++) {
            sum += Math.sqrt(i);
        }
        return sum;
    }
}
