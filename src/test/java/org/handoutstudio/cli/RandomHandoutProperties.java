package org.handoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.pdfbox.Loader;
import org.handoutstudio.TaggedText;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.io.Json;
import org.handoutstudio.layout.FontMetrics;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.TextBlock;

/**
 * Random handouts, from every kind of text a clinician might paste (every script we print and
 * some we refuse, control characters, invisible spaces, very long words) and dosages inside and
 * outside their ranges: {@code validate} and {@code export} never fail unexpectedly and never
 * disagree, the layout's work stays in proportion to the text, and what was printed reads back
 * from the PDF as it was written.
 */
class RandomHandoutProperties {

    private static Path folder;

    @BeforeContainer
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("random-handouts");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Items the generated handouts refer to: an exercise, advice and safety-netting. */
    private static final List<String> REFS = List.of("knee-rolls", "bridge", "understanding-back-pain",
            "back-pain-when-to-get-help");

    /** A generated handout and every piece of free text in it. */
    record Sample(Handout handout, List<String> texts) {
        @Override
        public String toString() {
            return Json.mapper().valueToTree(handout).toString();
        }
    }

    @Property(tries = 80)
    void validateAndExportAgreeAndPrintedTextReadsBack(@ForAll("handouts") Sample sample) throws Exception {
        Path file = folder.resolve("h.handout.json");
        Files.write(file, Json.mapper().writeValueAsBytes(sample.handout()));
        Path pdf = folder.resolve("h.pdf");
        Files.deleteIfExists(pdf);
        CliTest.Result validate = Hostile.run(folder.resolve("data"), "validate", file.toString());
        long before = FontMetrics.charactersMeasured();
        CliTest.Result export = Hostile.run(folder.resolve("data"), "export", file.toString(), "-o", pdf.toString());
        long work = FontMetrics.charactersMeasured() - before;

        assertTrue(List.of(0, 2, 4).contains(export.code()), "exit " + export.code() + ": " + export.err());
        assertEquals(export.code(), validate.code(), "validate:\n" + validate.out() + "export:\n" + export.err());
        Hostile.assertReadable(validate.out() + export.err());
        Statistics.label("exit code").collect(export.code());
        if (export.code() != 0) {
            return;
        }
        int textLength = sample.texts().stream().mapToInt(String::length).sum();
        // The four library items and page furniture cost a fixed amount; each character of free
        // text is measured a bounded number of times (cards try three arrangements).
        assertTrue(work < 600_000 + 60L * textLength, "measured " + work + " characters for " + textLength + " of text");
        String printed;
        try (var document = Loader.loadPDF(pdf.toFile())) {
            printed = comparable(TaggedText.of(document));
        }
        for (String text : sample.texts()) {
            assertTrue(printed.contains(comparable(text)), "not printed as written: \"" + text + "\"");
        }
    }

    /** Text as it can be compared after printing: lines may break anywhere, spaces of any kind are layout. */
    private static String comparable(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder();
        folded.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                        && Character.getType(cp) != Character.FORMAT && cp != '\u00AD')
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    @Provide
    Arbitrary<Sample> handouts() {
        Arbitrary<String> title = text(1, 220);
        Arbitrary<String> name = text(0, 120);
        Arbitrary<List<Item>> items = item().list().ofMinSize(0).ofMaxSize(6);
        return Combinators.combine(title, name, items).as((t, n, list) -> {
            List<String> texts = new ArrayList<>(List.of(t));
            if (!n.isEmpty()) {
                texts.add(n);
            }
            List<HandoutItem> handoutItems = new ArrayList<>();
            for (Item item : list) {
                handoutItems.add(item.item());
                texts.addAll(item.texts());
            }
            Handout handout = Handout.of(t, handoutItems)
                    .withPatient(new PatientDetails(n.isEmpty() ? null : n, null, null, null, null));
            return new Sample(handout, texts);
        });
    }

    record Item(HandoutItem item, List<String> texts) { }

    private Arbitrary<Item> item() {
        Arbitrary<Item> fromLibrary = Combinators.combine(Arbitraries.of(REFS), Arbitraries.frequencyOf(
                                Tuple.of(12, Arbitraries.integers().between(1, 100)),
                                Tuple.of(1, Arbitraries.integers().between(-5, 150))),
                        text(0, 300))
                .as((ref, reps, note) -> new Item(HandoutItem.of(ref)
                        .withDosage(new Dosage(reps, null, null, null, null, null, null, null, null, null))
                        .withNote(note.isEmpty() ? null : note), note.isEmpty() ? List.of() : List.of(note)));
        Arbitrary<Item> freeText = Combinators.combine(text(1, 120), text(1, 500), text(1, 200))
                .as((heading, paragraph, bullet) -> new Item(HandoutItem.freeText(heading, List.of(
                        new TextBlock.Paragraph(paragraph), new TextBlock.Bullets(List.of(bullet)))),
                        List.of(heading, paragraph, bullet)));
        return Arbitraries.oneOf(fromLibrary, freeText);
    }

    /**
     * Text a clinician might paste: mostly plain English, sometimes other scripts, accents,
     * right-to-left text, emoji, control characters, unusual spaces, or one very long word. No
     * {@code **} or braces: emphasis and placeholders change what prints, and have tests of their own.
     */
    static Arbitrary<String> text(int minLength, int maxLength) {
        Arbitrary<String> plain = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz ABCDE.,;:'!?-()0123456789 ")
                .ofMinLength(minLength).ofMaxLength(maxLength);
        Arbitrary<String> mixed = Arbitraries.strings()
                .withChars("abcdefghij ")
                .withCharRange('\u00C0', '\u00FF')   // Latin-1 letters
                .withCharRange('\u0391', '\u03C9')   // Greek
                .withCharRange('\u0410', '\u044F')   // Cyrillic
                .withCharRange('\u05D0', '\u05EA')   // Hebrew: refused, right to left
                .withCharRange('\u0627', '\u064A')   // Arabic: refused, needs shaping
                .withCharRange('\u4E00', '\u4E20')   // CJK: no bundled font
                .withChars('\u0007', '\u0000', '\u001B', '\t', '\n')   // controls
                .withChars('\u00A0', '\u200B', '\u2060', '\u00AD', '\u3000', '\u2009')   // unusual spaces
                .withChars('\u2013', '\u2014', '\u2018', '\u2019', '\u201C', '\u201D', '\u2026', '\u00B7')
                .ofMinLength(minLength).ofMaxLength(maxLength);
        Arbitrary<String> longWord = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz")
                .ofMinLength(Math.min(maxLength, 80)).ofMaxLength(maxLength + 20);
        Arbitrary<String> emoji = Arbitraries.of("Take care \uD83D\uDE00", "\uD83D\uDC4D", "pain \u2764 better");
        return Arbitraries.frequencyOf(
                Tuple.of(6, plain), Tuple.of(3, mixed), Tuple.of(1, longWord),
                Tuple.of(1, emoji.filter(s -> s.length() >= minLength)));
    }
}
