package org.handoutstudio.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.handoutstudio.figures.ExerciseFigures;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.layout.SetTextCache;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.pdf.PdfExporter;
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
 * Layout and full export (PDF bytes) of the largest bundled template, warm, and of a 200-item
 * handout, in each exercise layout. Run: {@code mvn -Pbenchmarks test-compile exec:exec -Dbench=ExportBenchmark}
 * (JMH runs every combination of input and layout).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ExportBenchmark {

    @Param({"largest-template", "200-items"})
    String input;

    /** The exercise layout; DETAILED is what every figure before the short layouts measured. */
    @Param({"DETAILED", "PROGRAMME", "COMPACT"})
    String layout;

    Handout handout;
    Library library;
    LayoutOptions options;
    PageList laidOut;

    @Setup
    public void setUp() {
        library = LibraryLoader.bundled();
        options = new LayoutOptions(Paper.A4, false, LocalDate.of(2026, 11, 22), ExerciseLayout.valueOf(layout), 0, false);
        if (input.equals("largest-template")) {
            Template largest = Templates.bundled().stream().max(Comparator.comparingInt(
                    template -> layout(template.toHandout()).pages().size())).orElseThrow();
            handout = largest.toHandout();
        } else {
            List<LibraryItem> items = library.items();
            List<HandoutItem> many = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                many.add(HandoutItem.of(items.get(i % items.size()).id()));
            }
            handout = Handout.blank("Two hundred items").withItems(many);
        }
        laidOut = layout(handout);
    }

    /**
     * Every text is set anew, as when set text was kept for one layout only, so the layout figures
     * compare with earlier ones. Figures stay drawn, as they always have, and their PDF operators
     * stay written: a re-export in the app reuses those, and set text too.
     */
    private PageList layout(Handout source) {
        SetTextCache.clear();
        return HandoutLayout.layout(source, library, Branding.DEFAULT, options, ExerciseFigures.bundled());
    }

    @Benchmark
    public PageList layoutOnly() {
        return layout(handout);
    }

    @Benchmark
    public byte[] layoutAndExport() throws Exception {
        return PdfExporter.toBytes(layout(handout));
    }
}
