package org.handoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Valid files of every kind, damaged at random (bytes flipped, cut, repeated, inserted, values
 * swapped for {@code null}, numbers or lists): every run ends with a documented exit code and
 * readable lines naming the file, never a stack trace or an unexpected error; for handouts,
 * {@code validate} and {@code export} agree.
 */
class MutatedFileProperties {

    private static Path folder;

    @BeforeContainer
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("mutated-files");
        Files.createDirectories(folder.resolve("templates"));
        Files.createDirectories(folder.resolve("library"));
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** A valid file to start from, and where it lives (its name says its kind). */
    record Seed(String name, String content) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("h.handout.json", """
                    {"schemaVersion": 1, "title": "Knee exercises", "patient": {"name": "Sam", "date": "2026-11-22"},
                     "paper": "A4", "layout": "compact", "diary": true, "diaryWeeks": 2,
                     "items": [{"ref": "knee-rolls", "dosage": {"reps": 10, "sets": 2, "side": "left"}, "note": "Slowly."},
                               {"heading": "Goals", "blocks": [{"kind": "paragraph", "text": "Walk to the **shop**."},
                                                               {"kind": "bullets", "items": ["One", "Two"]}]},
                               {"ref": "back-pain-when-to-get-help"}]}"""),
            new Seed("practice-branding.json", """
                    {"schemaVersion": 1, "practiceName": "Riverside", "primaryColour": "#1D4F7C",
                     "phone": "01234 567890", "outOfHours": "NHS 111", "website": "riverside.example"}"""),
            new Seed("templates/t.json", """
                    {"schemaVersion": 1, "id": "t", "title": "T", "description": "A test template", "kind": "programme",
                     "items": [{"ref": "knee-rolls"}, {"ref": "bridge", "dosage": {"reps": 5}}]}"""),
            new Seed("library/ours.json", """
                    {"schemaVersion": 1, "items": [{"type": "advice", "id": "our-advice", "title": "Pacing",
                     "summary": "Doing a bit at a time.", "bodyRegions": ["back"], "keywords": ["pace"],
                     "blocks": [{"kind": "paragraph", "text": "Do a little, then rest."}],
                     "provenance": {"version": "1.0", "lastReviewed": "2026-01-01", "nextReview": "2029-01-01",
                      "sources": ["NICE NG59"], "author": "Riverside"}}]}"""));

    /** One way of damaging a file, at a place chosen by {@code at} (0 to 1 through the file). */
    enum Damage { FLIP_BYTE, CUT, REPEAT, INSERT_BYTES, TRUNCATE, NULL_VALUE, NUMBER_VALUE, LIST_VALUE, DELETE_QUOTE }

    @Property(tries = 300)
    void damagedFilesGetAReadableAnswerAndAKnownExitCode(@ForAll("seeds") Seed seed, @ForAll Damage damage,
                                                         @ForAll("fractions") double at, @ForAll("fractions") double length,
                                                         @ForAll("noise") byte[] noise) throws Exception {
        byte[] damaged = damage(seed.content().getBytes(StandardCharsets.UTF_8), damage, at, length, noise);
        Path file = folder.resolve(seed.name());
        Files.write(file, damaged);
        CliTest.Result validate = Hostile.run(folder.resolve("data"), "validate", file.toString());
        Statistics.label("exit code").collect(validate.code());
        assertTrue(List.of(0, 2, 3, 4).contains(validate.code()), "exit " + validate.code() + ":\n" + validate.out()
                + validate.err());
        Hostile.assertReadable(validate.out() + validate.err());
        assertTrue(validate.out().lines().allMatch(line -> line.startsWith(file.toString())),
                "every line names the file:\n" + validate.out());
        if (seed.name().endsWith(".handout.json")) {
            Path pdf = folder.resolve("h.pdf");
            CliTest.Result export = Hostile.run(folder.resolve("data"), "export", file.toString(), "-o", pdf.toString());
            assertEquals(validate.code(), export.code(), "validate:\n" + validate.out() + "export:\n" + export.err());
            Hostile.assertReadable(export.err());
            Files.deleteIfExists(pdf);
        }
    }

    private static byte[] damage(byte[] bytes, Damage damage, double at, double length, byte[] noise) {
        int place = (int) (at * (bytes.length - 1));
        int span = Math.max(1, (int) (length * 40));
        String text = new String(bytes, StandardCharsets.UTF_8);
        return switch (damage) {
            case FLIP_BYTE -> {
                byte[] copy = bytes.clone();
                copy[place] ^= (byte) (1 << (noise.length == 0 ? 0 : (noise[0] & 7)));
                yield copy;
            }
            case CUT -> concat(Arrays.copyOfRange(bytes, 0, place),
                    Arrays.copyOfRange(bytes, Math.min(bytes.length, place + span), bytes.length));
            case REPEAT -> concat(Arrays.copyOfRange(bytes, 0, Math.min(bytes.length, place + span)),
                    Arrays.copyOfRange(bytes, place, bytes.length));
            case INSERT_BYTES -> concat(concat(Arrays.copyOfRange(bytes, 0, place), noise),
                    Arrays.copyOfRange(bytes, place, bytes.length));
            case TRUNCATE -> Arrays.copyOfRange(bytes, 0, place);
            case NULL_VALUE -> replaceValue(text, place, "null");
            case NUMBER_VALUE -> replaceValue(text, place, "-1e308");
            case LIST_VALUE -> replaceValue(text, place, "[[], {}]");
            case DELETE_QUOTE -> {
                int quote = text.indexOf('"', place);
                yield (quote < 0 ? text : text.substring(0, quote) + text.substring(quote + 1)).getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    /** Swaps the first value after {@code place} (the text after a colon, up to a comma or brace) for {@code value}. */
    private static byte[] replaceValue(String text, int place, String value) {
        int colon = text.indexOf(':', place);
        if (colon < 0) {
            colon = text.indexOf(':');
        }
        int end = colon + 1;
        int depth = 0;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
            end++;
        }
        return (text.substring(0, colon + 1) + " " + value + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Provide
    Arbitrary<Seed> seeds() {
        return Arbitraries.of(SEEDS);
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<byte[]> noise() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(12);
    }
}
