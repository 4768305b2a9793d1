package org.handoutstudio.bench;

import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link TextLengthBenchmark} and prints, for each field, the export time at 1,000 and 4,000
 * characters and their ratio; exits 1 if any ratio passes {@value #MOST} (linear growth gives
 * about 4 at most, since part of each export does not depend on the text; squared growth about 16).
 */
public final class TextGrowthCheck {

    static final double MOST = 6;

    private TextGrowthCheck() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, double[]> byField = new TreeMap<>();
        for (RunResult result : new Runner(new OptionsBuilder().include(TextLengthBenchmark.class.getSimpleName()).build()).run()) {
            var params = result.getParams();
            int slot = params.getParam("length").equals("1000") ? 0 : 1;
            byField.computeIfAbsent(params.getParam("field"), field -> new double[2])[slot] = result.getPrimaryResult().getScore();
        }
        boolean linear = true;
        System.out.printf("%-26s %12s %12s %8s%n", "field", "1,000 chars", "4,000 chars", "ratio");
        for (var entry : byField.entrySet()) {
            double ratio = entry.getValue()[1] / entry.getValue()[0];
            linear &= ratio <= MOST;
            System.out.printf("%-26s %9.1f ms %9.1f ms %7.2fx%s%n", entry.getKey(), entry.getValue()[0], entry.getValue()[1],
                    ratio, ratio <= MOST ? "" : "  NOT LINEAR");
        }
        System.exit(linear ? 0 : 1);
    }
}
