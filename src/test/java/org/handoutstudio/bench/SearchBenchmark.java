package org.handoutstudio.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.handoutstudio.library.Advice;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.library.LibrarySearch;
import org.handoutstudio.library.SafetyNetting;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * As-you-type search over a library of 10,000 items (the bundled items copied with new ids).
 * Run: {@code mvn -Pbenchmarks test-compile exec:exec -Dbench=SearchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {

    @Param({"10000"})
    int size;

    @Param({"bri", "knee chest", "back pain", "zzz"})
    String query;

    LibrarySearch search;

    @Setup
    public void setUp() {
        List<LibraryItem> bundled = LibraryLoader.bundled().items();
        List<LibraryItem> items = new ArrayList<>(size);
        for (int i = 0; items.size() < size; i++) {
            items.add(copy(bundled.get(i % bundled.size()), i));
        }
        search = new LibrarySearch(items);
    }

    private static LibraryItem copy(LibraryItem item, int n) {
        String id = item.id() + "-" + n;
        if (item instanceof Exercise e) {
            return new Exercise(id, e.name() + " " + n, e.alternativeNames(), e.purpose(), e.category(), e.bodyRegions(),
                    e.position(), e.equipment(), e.startingPosition(), e.steps(), e.youShouldFeel(), e.commonMistake(),
                    e.easier(), e.harder(), e.dosage(), e.figure(), e.photo(), e.videoUrl(), e.altText(), e.keywords(), e.cautions(),
                    e.provenance());
        }
        if (item instanceof Advice a) {
            return new Advice(id, a.title() + " " + n, a.summary(), a.bodyRegions(), a.keywords(), a.blocks(),
                    a.provenance());
        }
        SafetyNetting s = (SafetyNetting) item;
        return new SafetyNetting(id, s.title() + " " + n, s.summary(), s.bodyRegions(), s.keywords(), s.intro(),
                s.sections(), s.conditions(), s.provenance());
    }

    @Benchmark
    public int search() {
        return search.search(query).size();
    }
}
