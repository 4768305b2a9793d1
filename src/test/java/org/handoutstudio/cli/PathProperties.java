package org.handoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.handoutstudio.FileReads;

/**
 * Whatever path a file names (a library photo, a handout's branding file, a branding file's
 * logo), built at random from "..", ".", links into and out of the folder, absolute paths and
 * real file names: no file outside the allowed folders is ever read, as the JDK's own file-read
 * events show, and the command line always answers with a known exit code.
 */
class PathProperties {

    private static Path root;
    private static Path outside;
    private static Path work;
    private static Path data;

    @BeforeContainer
    static void makeTree() throws IOException {
        root = Files.createTempDirectory("paths").toRealPath();
        outside = Files.createDirectories(root.resolve("outside"));
        Hostile.png(outside.resolve("secret.png"), Color.RED);
        Hostile.png(outside.resolve("logo.png"), Color.RED);
        Hostile.png(outside.resolve("photo.png"), Color.RED);
        Files.writeString(outside.resolve("x-branding.json"), "{\"schemaVersion\": 1, \"logo\": \"secret.png\"}");
        Files.writeString(outside.resolve("ok-branding.json"), "{\"schemaVersion\": 1}");

        work = Files.createDirectories(root.resolve("allowed/work"));
        Files.createDirectories(work.resolve("sub"));
        Hostile.png(work.resolve("logo.png"), Color.BLUE);
        Hostile.png(work.resolve("sub/logo.png"), Color.BLUE);
        Files.writeString(work.resolve("x-branding.json"), "{\"schemaVersion\": 1, \"practiceName\": \"Ours\"}");
        Files.createSymbolicLink(work.resolve("link-out"), outside);
        Files.createSymbolicLink(work.resolve("link-in"), work.resolve("sub"));

        data = Files.createDirectories(root.resolve("allowed/data"));
        Path library = Files.createDirectories(data.resolve("library"));
        Hostile.png(library.resolve("photo.png"), Color.BLUE);
        Files.createSymbolicLink(library.resolve("link-out"), outside);
        Files.createSymbolicLink(library.resolve("link-in"), library);
    }

    @AfterContainer
    static void removeTree() throws IOException {
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Property(tries = 60)
    void nothingOutsideTheAllowedFoldersIsEverRead(@ForAll("paths") String named) throws Exception {
        Hostile.libraryWithPhoto(data.resolve("library/ours.json"), "our-exercise", named);
        Path ownBranding = Hostile.handout(work.resolve("branding.handout.json"), ", \"branding\": " + quoted(named));
        Files.writeString(work.resolve("ok-branding.json"), "{\"schemaVersion\": 1, \"logo\": " + quoted(named) + "}");
        Path viaLogo = Files.writeString(work.resolve("logo.handout.json"), "{\"schemaVersion\": 1, \"title\": \"T\","
                + " \"branding\": \"ok-branding.json\", \"items\": [{\"ref\": \"our-exercise\"}]}");
        Path out = Files.createDirectories(work.resolve("out"));
        List<CliTest.Result> results;
        try (FileReads reads = FileReads.record()) {
            results = List.of(
                    Hostile.run(data, "validate", ownBranding.toString(), viaLogo.toString(), data + "/library/ours.json"),
                    Hostile.run(data, "export", ownBranding.toString(), viaLogo.toString(), "--out-dir", out.toString()));
            reads.close();
            assertFalse(reads.files().stream().anyMatch(file -> file.startsWith(outside)),
                    "\"" + named + "\" led to reading " + reads.files().stream().filter(file -> file.startsWith(outside)).toList());
            assertTrue(reads.files().contains(data.resolve("library/ours.json")), "the recorder sees our reads");
        }
        for (CliTest.Result result : results) {
            assertTrue(List.of(0, 2, 3, 4).contains(result.code()), result.out() + result.err());
            Hostile.assertReadable(result.out() + result.err());
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> segment = Arbitraries.of("..", ".", "sub", "link-out", "link-in", "library", "work", "outside",
                "allowed", "logo.png", "photo.png", "secret.png", "x-branding.json", "ok-branding.json", "");
        Arbitrary<String> relative = segment.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("/", parts));
        Arbitrary<String> absolute = relative.map(path -> root + "/" + path);
        Arbitrary<String> known = Arbitraries.of("../outside/secret.png", "link-out/secret.png", "link-out/x-branding.json",
                "../../outside/logo.png", outside + "/photo.png", "/dev/zero", "/etc/passwd", "link-in/logo.png",
                "logo.png", "photo.png", "x-branding.json", "link-in/../link-out/photo.png");
        return Arbitraries.oneOf(relative, absolute, known);
    }
}
