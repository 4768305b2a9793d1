package org.handoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} checks everything {@code export} checks, with the same messages; the kind of a
 * file comes from its name; a batch export checks every input first and writes the good ones.
 */
class ValidateAgreesWithExportTest {

    @TempDir
    Path folder;

    private Path data() {
        return folder.resolve("data");
    }

    @Test
    void everyBrandingProblemExportFindsValidateFindsWithTheSameWords() throws Exception {
        Files.createDirectories(folder.resolve("a-folder"));
        Map<String, Integer> brandings = Map.of(
                "missing-branding.json", 3,
                "a-folder", 3,
                "/etc/passwd", 2,
                "/dev/zero", 2,
                "h0.handout.json", 2,
                "../outside-branding.json", 2);
        int i = 0;
        for (var entry : brandings.entrySet()) {
            Path handout = Hostile.handout(folder.resolve("h" + i++ + ".handout.json"),
                    ", \"branding\": \"" + entry.getKey() + "\"");
            CliTest.Result validate = Hostile.run(data(), "validate", handout.toString());
            CliTest.Result export = Hostile.run(data(), "export", handout.toString(), "-o", folder + "/out.pdf");
            assertEquals(entry.getValue(), export.code(), entry.getKey() + ": " + export.err());
            assertEquals(export.code(), validate.code(), entry.getKey() + ": " + validate.out());
            for (String line : export.err().lines().toList()) {
                assertTrue(validate.out().contains(line.replace("handout-studio: ", "")),
                        entry.getKey() + ": validate did not say: " + line + "\n" + validate.out());
            }
            Hostile.assertReadable(export.err() + validate.out());
            assertFalse(Files.exists(folder.resolve("out.pdf")));
        }
    }

    @Test
    void theKindComesFromTheNameNotTheContent() throws Exception {
        Path handout = Files.writeString(folder.resolve("x.handout.json"), "{\"schemaVersion\": 1}");
        CliTest.Result asHandout = Hostile.run(data(), "validate", handout.toString());
        assertEquals(2, asHandout.code(), asHandout.out());
        assertTrue(asHandout.out().contains("title: is required") && asHandout.out().contains("checked as a handout"),
                asHandout.out());

        Path unnamed = Files.writeString(folder.resolve("notes.json"), "{\"schemaVersion\": 1}");
        CliTest.Result unknown = Hostile.run(data(), "validate", unnamed.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.out().contains("cannot tell what kind of file this is") && unknown.out().contains("--kind"),
                unknown.out());

        CliTest.Result told = Hostile.run(data(), "validate", "--kind", "branding", unnamed.toString());
        assertEquals(0, told.code(), told.out());
        assertTrue(told.out().contains("OK (branding)"), told.out());
    }

    @Test
    void aBatchWritesTheGoodFilesListsEveryProblemAndExitsWithTheWorstCode() throws Exception {
        Path good1 = Hostile.handout(folder.resolve("good1.handout.json"), "");
        Path invalid = Files.writeString(folder.resolve("invalid.handout.json"),
                "{\"schemaVersion\": 1, \"title\": \"T\", \"items\": [{\"ref\": \"no-such-item\"}]}");
        Path good2 = Hostile.handout(folder.resolve("good2.handout.json"), "");
        Path unprintable = Files.writeString(folder.resolve("unprintable.handout.json"),
                "{\"schemaVersion\": 1, \"title\": \"Ring {practice.fax}\", \"items\": []}");
        Path out = Files.createDirectories(folder.resolve("out"));
        CliTest.Result result = Hostile.run(data(), "export", good1.toString(), invalid.toString(), good2.toString(),
                unprintable.toString(), "--template", "no-such-template", "--out-dir", out.toString());
        assertEquals(4, result.code(), result.err());
        assertEquals(List.of(out.resolve("good1.pdf").toString(), out.resolve("good2.pdf").toString()),
                result.out().lines().toList());
        assertTrue(Files.size(out.resolve("good1.pdf")) > 0 && Files.size(out.resolve("good2.pdf")) > 0);
        assertFalse(Files.exists(out.resolve("invalid.pdf")) || Files.exists(out.resolve("unprintable.pdf")));
        assertTrue(result.err().contains("no library item has the id \"no-such-item\""), result.err());
        assertTrue(result.err().contains("unknown placeholder {practice.fax}"), result.err());
        assertTrue(result.err().contains("unknown template \"no-such-template\""), result.err());
        assertTrue(result.err().contains("wrote 2 of 5 PDFs; skipped no-such-template, " + invalid + ", " + unprintable),
                result.err());
    }

    @Test
    void aUserItemWithABundledIdOverridesItAndSaysSo() throws Exception {
        Path library = Files.createDirectories(data().resolve("library"));
        Hostile.libraryWithPhoto(library.resolve("ours.json"), "knee-rolls", null);
        CliTest.Result validate = Hostile.run(data(), "validate", library.resolve("ours.json").toString());
        assertEquals(0, validate.code(), validate.out());
        assertTrue(validate.out().contains("knee-rolls overrides the bundled exercise with the same id"), validate.out());
        CliTest.Result list = Hostile.run(data(), "library");
        assertTrue(list.out().lines().anyMatch(line -> line.matches("exercise\\s+knee-rolls\\s.*replaces the bundled item.*")),
                list.out());
    }
}
