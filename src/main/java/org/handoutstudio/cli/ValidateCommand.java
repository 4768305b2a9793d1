package org.handoutstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.handoutstudio.app.Failures;
import org.handoutstudio.handout.ClinicalChecks;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.Json;
import org.handoutstudio.io.Problem;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.Printability;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Check handout, template, library or branding files; print every problem.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to check.")
    List<Path> files = new ArrayList<>();

    @CommandLine.ParentCommand
    HandoutStudioCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Library library = root.workspace().library();
        var out = spec.commandLine().getOut();
        boolean invalid = false;
        boolean unreadable = false;
        boolean unprintableFound = false;
        for (Path file : files) {
            byte[] bytes;
            try {
                if (Files.size(file) > Json.MAX_DOCUMENT_BYTES) {
                    out.println(file + ": the file is larger than " + Json.MAX_DOCUMENT_BYTES / (1024 * 1024)
                            + " MB; it is not a Handout Studio file");
                    invalid = true;
                    continue;
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                out.println(file + ": cannot read: " + Failures.reason(e));
                unreadable = true;
                continue;
            }
            String source = file.toString();
            List<String> problems = new ArrayList<>();
            List<ClinicalChecks.Warning> warnings = new ArrayList<>();
            boolean unprintable = false;
            try {
                String kind = kindOf(bytes, source);
                switch (kind) {
                    case "library" -> LibraryLoader.read(open(bytes), source);
                    case "template" -> warnings.addAll(ClinicalChecks.check(
                            Templates.read(open(bytes), source, library).toHandout(), library));
                    case "branding" -> {
                        var branding = HandoutFiles.readBranding(file);
                        HandoutLayout.logoProblem(branding)
                                .ifPresent(problem -> problems.add(source + ": logo: " + problem));
                    }
                    default -> {
                        Handout handout = HandoutFiles.readHandout(open(bytes), source, library);
                        warnings.addAll(ClinicalChecks.check(handout, library));
                        for (Printability.Issue issue : Printability.check(handout, library, root.workspace().settings().branding())) {
                            problems.add(source + ": " + issue.describe());
                            unprintable = true;
                        }
                    }
                }
                if (problems.isEmpty()) {
                    out.println(source + ": OK (" + kind + ")");
                }
                // Worth a clinician's look, but not errors: they do not change the exit code.
                warnings.forEach(warning -> out.println(source + ": check: " + warning.describe()));

            } catch (InvalidContentException e) {
                e.problems().stream().map(Problem::describe).forEach(problems::add);
            } catch (IOException e) {
                problems.add(source + ": cannot read: " + Failures.reason(e));
            } catch (UncheckedIOException e) {
                problems.add(source + ": cannot read: " + Failures.reason(e.getCause()));
            }
            problems.forEach(out::println);
            if (!problems.isEmpty()) {
                invalid |= !unprintable;
                unprintableFound |= unprintable;
            }
        }
        return invalid ? ExitCodes.INVALID_INPUT : unreadable ? ExitCodes.IO_ERROR
                : unprintableFound ? ExitCodes.UNPRINTABLE : ExitCodes.OK;
    }

    private static InputStream open(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** Tells the file kinds apart by their shape, so any file name works. */
    private static String kindOf(byte[] bytes, String source) {
        JsonNode tree = Json.readTree(open(bytes), source);
        JsonNode items = tree.path("items");
        if (items.isArray() && items.size() > 0 && items.get(0).has("type")) {
            return "library";
        }
        if (tree.has("kind") || tree.has("description") && tree.has("id")) {
            return "template";
        }
        if (tree.has("title") || tree.has("items")) {
            return "handout";
        }
        return "branding";
    }
}
