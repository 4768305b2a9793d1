package org.handoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.UserTemplates;
import org.handoutstudio.handout.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library pack commands, {@code library --due} and saved templates, through the command line. */
class LibraryPackCommandTest {

    private static final String ADVICE = """
            {"schemaVersion": 1, "items": [{"type": "advice", "id": "%s", "title": "%s", "summary": "Ours.",
             "blocks": [{"kind": "paragraph", "text": "Our own words."}],
             "provenance": {"version": "1.0.0", "lastReviewed": "2020-01-01", "nextReview": "%s",
                            "sources": ["Practice consensus"], "author": "Riverside Physiotherapy"}}]}""";

    @TempDir
    Path dir;

    private AppFolders clinician(String name) {
        return new AppFolders(dir.resolve(name));
    }

    private static void addItem(AppFolders folders, String id, String title, String nextReview) throws Exception {
        Files.createDirectories(folders.userLibrary());
        Files.writeString(folders.userLibrary().resolve(id + ".json"), ADVICE.formatted(id, title, nextReview));
    }

    private Path zip(String name, String content) throws Exception {
        Path zip = dir.resolve("hostile.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream pack = new ZipOutputStream(out)) {
            pack.putNextEntry(new ZipEntry(name));
            pack.write(content.getBytes(StandardCharsets.UTF_8));
            pack.closeEntry();
        }
        return zip;
    }

    @Test
    void oneClinicianExportsTheirItemsAndAnotherImportsThem() throws Exception {
        AppFolders first = clinician("first");
        addItem(first, "parking", "Parking at the clinic", "2030-01-01");
        addItem(first, "keep-moving", "Our keep moving", "2030-01-01");
        Path pack = dir.resolve("practice.zip");
        CliTest.Result exported = CliTest.run(first, "library", "export-pack", "-o", pack.toString());
        assertEquals(0, exported.code(), exported.err());
        assertTrue(exported.out().contains("wrote 2 item(s)"), exported.out());

        AppFolders second = clinician("second");
        CliTest.Result imported = CliTest.run(second, "library", "import-pack", pack.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("2 new, 0 replaced"), imported.out());
        assertTrue(imported.out().contains("keep-moving overrides the bundled item"), imported.out());
        CliTest.Result listed = CliTest.run(second, "library");
        assertTrue(listed.out().contains("Parking at the clinic") && listed.out().contains("[user]"), listed.out());

        CliTest.Result again = CliTest.run(second, "library", "import-pack", pack.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already has keep-moving, parking") && again.err().contains("nothing was imported"),
                again.err());
        assertEquals(0, CliTest.run(second, "library", "import-pack", "--replace", pack.toString()).code());
    }

    @Test
    void namedItemsOfAnyOriginCanBeExported() throws Exception {
        Path pack = dir.resolve("two.zip");
        CliTest.Result result = CliTest.run(clinician("a"), "library", "export-pack", "-o", pack.toString(), "bridge",
                "keep-moving");
        assertEquals(0, result.code(), result.err());
        CliTest.Result unknown = CliTest.run(clinician("a"), "library", "export-pack", "-o", pack.toString(), "no-such");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no library item has the id \"no-such\""), unknown.err());
        CliTest.Result empty = CliTest.run(clinician("b"), "library", "export-pack", "-o", dir.resolve("e.zip").toString());
        assertEquals(2, empty.code());
        assertFalse(Files.exists(dir.resolve("e.zip")));
    }

    @Test
    void aZipSlipPackOrAnInvalidItemExitsTwoAndWritesNothing() throws Exception {
        AppFolders folders = clinician("c");
        CliTest.Result slip = CliTest.run(folders, "library", "import-pack",
                zip("../../escape.json", ADVICE.formatted("x", "X", "2030-01-01")).toString());
        assertEquals(2, slip.code());
        assertTrue(slip.err().startsWith("handout-studio: ") && slip.err().contains("not an allowed file name"), slip.err());
        assertEquals(1, slip.err().lines().count(), slip.err());
        CliTest.Result invalid = CliTest.run(folders, "library", "import-pack",
                zip("bad.json", ADVICE.formatted("Bad Id", "", "2030-01-01")).toString());
        assertEquals(2, invalid.code());
        assertTrue(invalid.err().contains("bad.json") && invalid.err().contains("items[0].id"), invalid.err());
        assertFalse(Files.exists(folders.userLibrary()), "nothing was written");
        assertFalse(Files.exists(dir.resolve("escape.json")));
        CliTest.Result missing = CliTest.run(folders, "library", "import-pack", dir.resolve("none.zip").toString());
        assertEquals(3, missing.code());
    }

    @Test
    void dueListsItemsPastTheirReviewDateWithWhereTheyComeFrom() throws Exception {
        AppFolders folders = clinician("d");
        addItem(folders, "old-advice", "Old advice", "2021-01-01");
        addItem(folders, "fresh-advice", "Fresh advice", "2099-01-01");
        CliTest.Result due = CliTest.run(folders, "library", "--due");
        assertEquals(0, due.code(), due.err());
        assertTrue(due.out().contains("old-advice") && due.out().contains("review was due 2021-01-01")
                && due.out().contains("(user)"), due.out());
        assertFalse(due.out().contains("fresh-advice"), due.out());
        CliTest.Result json = CliTest.run(folders, "library", "--json");
        assertTrue(json.out().contains("\"reviewOverdue\" : true"), "the JSON says so too");
    }

    @Test
    void savedTemplatesAreListedAfterTheBundledOnesMarkedAndUsable() throws Exception {
        AppFolders folders = clinician("t");
        Handout handout = Handout.blank("Mine").withItems(java.util.List.of(HandoutItem.of("bridge")));
        UserTemplates.saveNew(handout, "My knee starter", "Mine.", folders.userTemplates(),
                new java.util.HashSet<>(Templates.ids()));
        CliTest.Result listed = CliTest.run(folders, "templates");
        assertEquals(0, listed.code(), listed.err());
        String last = listed.out().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("my-knee-starter") && last.endsWith("(yours)"), last);
        Path pdf = dir.resolve("mine.pdf");
        assertEquals(0, CliTest.run(folders, "export", "--template", "my-knee-starter", "-o", pdf.toString()).code());
        assertTrue(Files.size(pdf) > 1000);
    }
}
