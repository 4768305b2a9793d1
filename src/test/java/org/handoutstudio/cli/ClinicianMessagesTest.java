package org.handoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message is written for a clinician: the file, the field or line, what is wrong and what
 * is allowed; no parser internals. Text that would print wrongly or not at all is refused rather
 * than printed differently.
 */
class ClinicianMessagesTest {

    @TempDir
    Path folder;

    private CliTest.Result validate(String json) throws Exception {
        Path file = Files.writeString(folder.resolve("h.handout.json"), json);
        return Hostile.run(folder.resolve("data"), "validate", file.toString());
    }

    static Stream<Arguments> badHandouts() {
        return Stream.of(
                Arguments.of("{\"schemaVersion\": 1, \"title\": \"T\", \"items\": [{\"ref\": \"knee-rolls\"}, null]}",
                        "items[1]: is empty (null); fill it in or remove it"),
                Arguments.of("{\"schemaVersion\": 1, \"title\": \"T\", \"items\": [{\"heading\": \"H\", \"blocks\": [null]}]}",
                        "items[0].blocks[0]: is empty (null)"),
                Arguments.of("{\"schemaVersion\": 1, \"title\": \"T\", \"paper\": \"a4\"}",
                        "paper: \"a4\" is not one of: A4, LETTER (capitals matter: write \"A4\")"),
                Arguments.of("{\"schemaVersion\": 1, \"title\": \"T\", \"layout\": \"tiny\"}",
                        "layout: \"tiny\" is not one of: detailed, programme, compact"),
                Arguments.of("{\"schemaVersion\": 1, \"title\": \"T\", \"diaryWeeks\": \"two\"}",
                        "diaryWeeks: expected a whole number"),
                Arguments.of("{\"schemaVersion\": 1, \"title\": \"T\", \"patient\": {\"date\": \"yesterday\"}}",
                        "patient.date: is not valid here"),
                Arguments.of("{\"schemaVersion\": 1, \"title\": \"T\", \"items\": [{\"ref\": \"knee-rolls\", \"dosage\": {\"reps\": 2.5}}]}",
                        "items[0].dosage.reps: \"2.5\" is not a whole number"),
                Arguments.of("{\"schemaVersion\": 1, \"title\": \"T\",, }", "not valid JSON"),
                Arguments.of("{\"schemaVersion\": 1, \"title\": " + "[".repeat(200) + "]".repeat(200) + "}",
                        "nests lists and objects more than 64 deep"),
                Arguments.of("{\"schemaVersion\": 1, \"title\": \"\u00A0\u00A0\u00A0\"}",
                        "title: is required, and has only spaces or invisible characters in it"),
                Arguments.of("{\"schemaVersion\": 1, \"title\": \"\u200B\u200B\u2060\"}",
                        "title: is required, and has only spaces or invisible characters in it"),
                Arguments.of("{\"schemaVersion\": 1, \"title\": \"T\", \"items\": [{\"heading\": \"\u3000\u200B\"}]}",
                        "items[0].heading: is required, and has only spaces or invisible characters in it"));
    }

    @ParameterizedTest
    @MethodSource("badHandouts")
    void aBadHandoutGetsOneClearLineNamingTheField(String json, String expected) throws Exception {
        CliTest.Result result = validate(json);
        assertEquals(2, result.code(), result.out());
        assertTrue(result.out().contains(expected), "expected \"" + expected + "\" in:\n" + result.out());
        assertTrue(result.out().contains(folder.resolve("h.handout.json").toString()), "names the file");
        Hostile.assertReadable(result.out() + result.err());
    }

    @Test
    void aControlCharacterIsReportedNeverDroppedQuietly() throws Exception {
        String json = "{\"schemaVersion\": 1, \"title\": \"T\", \"items\": [{\"ref\": \"knee-rolls\", \"note\": \"Ring \\u0007 us\"}]}";
        CliTest.Result result = validate(json);
        assertEquals(4, result.code(), result.out());
        assertTrue(result.out().contains("items[0].note: has control characters, which cannot be printed: U+0007 bel"),
                result.out());
        CliTest.Result export = Hostile.run(folder.resolve("data"), "export", folder + "/h.handout.json", "-o",
                folder + "/h.pdf");
        assertEquals(4, export.code(), export.err());
        assertFalse(Files.exists(folder.resolve("h.pdf")));
    }

    @Test
    void anUnknownPlaceholderIsRefusedEverywhereAndTheDocumentationSaysSo() throws Exception {
        CliTest.Result result = validate("{\"schemaVersion\": 1, \"title\": \"Ring {practice.phon}\"}");
        assertEquals(4, result.code(), result.out());
        assertTrue(result.out().contains("title: unknown placeholder {practice.phon}: correct or remove it (the known ones"
                + " are {practice.address}, {practice.email}, {practice.hours}, {practice.name}, {practice.outOfHours},"
                + " {practice.phone}, {practice.website})"), result.out());
        assertFalse(result.out().contains("printed as written"), result.out());
        String formats = Files.readString(Path.of("docs/formats.md"));
        assertTrue(formats.contains("An unknown placeholder (a misspelling such as `{practice.phon}`) is an error"));
        assertFalse(formats.contains("unknown placeholder is printed as written"));
    }

    static Stream<Arguments> tooLong() {
        return Stream.of(
                Arguments.of("title", "\"title\": \"%s\"", 201),
                Arguments.of("patient.name", "\"title\": \"T\", \"patient\": {\"name\": \"%s\"}", 101),
                Arguments.of("patient.clinician", "\"title\": \"T\", \"patient\": {\"clinician\": \"%s\"}", 101),
                Arguments.of("patient.clinicianRole", "\"title\": \"T\", \"patient\": {\"clinicianRole\": \"%s\"}", 101),
                Arguments.of("patient.nextAppointment", "\"title\": \"T\", \"patient\": {\"nextAppointment\": \"%s\"}", 201),
                Arguments.of("branding", "\"title\": \"T\", \"branding\": \"%s\"", 501),
                Arguments.of("items[0].note", "\"title\": \"T\", \"items\": [{\"ref\": \"knee-rolls\", \"note\": \"%s\"}]", 2001),
                Arguments.of("items[0].heading", "\"title\": \"T\", \"items\": [{\"heading\": \"%s\"}]", 201),
                Arguments.of("items[0].blocks[0].text", "\"title\": \"T\", \"items\": [{\"heading\": \"H\", \"blocks\":"
                        + " [{\"kind\": \"paragraph\", \"text\": \"%s\"}]}]", 2001),
                Arguments.of("items[0].blocks[0].items[0]", "\"title\": \"T\", \"items\": [{\"heading\": \"H\", \"blocks\":"
                        + " [{\"kind\": \"bullets\", \"items\": [\"%s\"]}]}]", 2001),
                Arguments.of("items[0].dosage.load", "\"title\": \"T\", \"items\": [{\"ref\": \"knee-rolls\", \"dosage\":"
                        + " {\"load\": \"%s\"}}]", 201),
                // 18 characters of "https://x.example/" and 283 more: 301 in all.
                Arguments.of("moreInfoUrl", "\"title\": \"T\", \"moreInfoUrl\": \"https://x.example/%s\"", 283));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooLong")
    void everyFreeTextFieldHasALimitThatNamesTheField(String field, String template, int length) throws Exception {
        CliTest.Result result = validate("{\"schemaVersion\": 1, " + template.formatted("a".repeat(length)) + "}");
        assertEquals(2, result.code(), field + ": " + result.out());
        assertTrue(result.out().contains(field + ": "), field + ": " + result.out());
        CliTest.Result justFits = validate("{\"schemaVersion\": 1, " + template.formatted("a".repeat(length - 1)) + "}");
        assertFalse(justFits.out().contains(field + ": "), field + " at its limit: " + justFits.out());
    }

    @Test
    void brandingFieldsHaveLimitsToo() throws Exception {
        Path branding = Files.writeString(folder.resolve("x-branding.json"),
                "{\"schemaVersion\": 1, \"practiceName\": \"" + "a".repeat(101) + "\", \"footerText\": \""
                        + "b".repeat(301) + "\"}");
        CliTest.Result result = Hostile.run(folder.resolve("data"), "validate", branding.toString());
        assertEquals(2, result.code(), result.out());
        assertTrue(result.out().contains("practiceName: is 101 characters long; the most allowed is 100"), result.out());
        assertTrue(result.out().contains("footerText: is 301 characters long; the most allowed is 300"), result.out());
    }
}
