package org.handoutstudio.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.handoutstudio.figures.ExerciseFigures;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.layout.SetTextCache;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.library.TextBlock;
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
 * Full export (layout and PDF bytes) of a template with one field holding {@code length}
 * characters of one long word: export time must grow in step with the text in every field
 * (issue 16; a long patient name once took a minute). Fields are filled past their length limits
 * on purpose, calling the layout directly: the engine stays linear whatever the limits are.
 * {@code bench/text-growth.sh} runs it and fails when 4x the text takes more than 6x the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class TextLengthBenchmark {

    /** Every free-text field a handout or its branding prints, and how to fill it. */
    static final Map<String, BiFunction<Handout, String, Handout>> HANDOUT_FIELDS = Map.ofEntries(
            Map.entry("title", Handout::withTitle),
            Map.entry("patient.name", (h, t) -> h.withPatient(new PatientDetails(t, null, "A", "B", "C"))),
            Map.entry("patient.clinician", (h, t) -> h.withPatient(new PatientDetails("N", null, t, "B", "C"))),
            Map.entry("patient.clinicianRole", (h, t) -> h.withPatient(new PatientDetails("N", null, "A", t, "C"))),
            Map.entry("patient.nextAppointment", (h, t) -> h.withPatient(new PatientDetails("N", null, "A", "B", t))),
            Map.entry("note", (h, t) -> h.withItem(1, h.items().get(1).withNote(t))),
            Map.entry("dosage.load", (h, t) -> h.withItem(1, h.items().get(1).withDosage(
                    new Dosage(10, 2, null, null, null, null, null, t, null, null)))),
            Map.entry("heading", (h, t) -> plus(h, HandoutItem.freeText(t, List.of(new TextBlock.Paragraph("x"))))),
            Map.entry("paragraph", (h, t) -> plus(h, HandoutItem.freeText("H", List.of(new TextBlock.Paragraph(t))))),
            Map.entry("bullet", (h, t) -> plus(h, HandoutItem.freeText("H", List.of(new TextBlock.Bullets(List.of(t)))))));

    static final Map<String, BiFunction<Branding, String, Branding>> BRANDING_FIELDS = Map.of(
            "branding.practiceName", (b, t) -> new Branding(1, t, null, null, null, null, null, null, null, null, null, null),
            "branding.address", (b, t) -> new Branding(1, null, null, null, null, t, null, null, null, null, null, null),
            "branding.phone", (b, t) -> new Branding(1, null, null, null, null, null, t, null, null, null, null, null),
            "branding.footerText", (b, t) -> new Branding(1, null, null, null, null, null, null, null, null, null, t, null));

    @Param({"title", "patient.name", "patient.clinician", "patient.clinicianRole", "patient.nextAppointment", "note",
            "dosage.load", "heading", "paragraph", "bullet", "branding.practiceName", "branding.address",
            "branding.phone", "branding.footerText"})
    String field;

    @Param({"1000", "4000"})
    int length;

    Handout handout;
    Branding branding;
    Library library;
    LayoutOptions options;

    @Setup
    public void setUp() {
        library = LibraryLoader.bundled();
        options = new LayoutOptions(null, false, LocalDate.of(2026, 11, 22));
        String text = "Abcdefghijklmnopqrstuvwxyz".repeat(length / 26 + 1).substring(0, length);
        Handout base = Templates.find("acute-low-back-pain").orElseThrow().toHandout();
        handout = HANDOUT_FIELDS.getOrDefault(field, (h, t) -> h).apply(base, text);
        branding = BRANDING_FIELDS.getOrDefault(field, (b, t) -> b).apply(Branding.DEFAULT, text);
    }

    private static Handout plus(Handout handout, HandoutItem item) {
        List<HandoutItem> items = new ArrayList<>(handout.items());
        items.add(item);
        return handout.withItems(items);
    }

    @Benchmark
    public byte[] export() throws Exception {
        SetTextCache.clear();   // the long text is set every time, or its length would cost nothing
        return PdfExporter.toBytes(HandoutLayout.layout(handout, library, branding, options, ExerciseFigures.bundled()));
    }
}
