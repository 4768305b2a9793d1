package org.handoutstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handoutstudio.app.ExportCheck;
import org.handoutstudio.app.Failures;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.ClinicalChecks;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.Json;
import org.handoutstudio.io.Problem;
import org.handoutstudio.io.SafeFiles;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.library.UserLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Checks files and prints every problem. A handout gets exactly the checks an export makes
 * ({@link ExportCheck}), so a file that validates also exports. The kind of file is decided by
 * its name and folder, or by {@code --kind}, never guessed from its content.
 */
@Command(name = "validate", description = "Check handout, template, library or branding files; print every problem.")
final class ValidateCommand implements Callable<Integer> {

    /** The kinds of file this checks, as named on the command line. */
    enum Kind {
        HANDOUT, TEMPLATE, LIBRARY, BRANDING;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to check.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "handout|template|library|branding",
            description = "What the files are (default: from the name: *.handout.json is a handout, *branding.json "
                    + "a branding file, a file in a folder called templates a template, in a folder called library "
                    + "or your library folders a library file).")
    Kind kind;

    @CommandLine.ParentCommand
    HandoutStudioCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What one file's check found: problems by exit code, and notes that change nothing. */
    private record Outcome(int exitCode, List<String> problems, List<String> notes) { }

    @Override
    public Integer call() {
        Workspace workspace = root.workspace();
        PrintWriter out = spec.commandLine().getOut();
        int worst = ExitCodes.OK;
        for (Path file : files) {
            Optional<Kind> fileKind = kind != null ? Optional.of(kind) : kindFromName(file, workspace);
            if (fileKind.isEmpty()) {
                out.println(file + ": cannot tell what kind of file this is from its name: a handout ends in "
                        + HandoutFiles.EXTENSION + ", a branding file in branding.json, templates live in a folder called"
                        + " templates and library files in one called library; or say which with --kind");
                worst = Math.max(worst, ExitCodes.INVALID_INPUT);
                continue;
            }
            Outcome outcome = check(file, fileKind.get(), workspace);
            outcome.problems().forEach(out::println);
            if (outcome.problems().isEmpty()) {
                out.println(file + ": OK (" + fileKind.get().word() + ")");
            } else {
                out.println(file + ": " + outcome.problems().size() + " problem(s), checked as a " + fileKind.get().word());
            }
            outcome.notes().forEach(note -> out.println(file + ": " + note));
            worst = Math.max(worst, outcome.exitCode());
        }
        return worst;
    }

    /** The kind a file's name and folder say it is, if they say. */
    static Optional<Kind> kindFromName(Path file, Workspace workspace) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        Path folder = file.toAbsolutePath().normalize().getParent();
        String folderName = folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
        if (name.endsWith(HandoutFiles.EXTENSION)) {
            return Optional.of(Kind.HANDOUT);
        }
        if (name.endsWith("branding.json")) {
            return Optional.of(Kind.BRANDING);
        }
        if (!name.endsWith(".json")) {
            return Optional.empty();
        }
        if (folderName.equalsIgnoreCase("templates")) {
            return Optional.of(Kind.TEMPLATE);
        }
        Path shared = workspace.settings().sharedLibraryPath();
        if (folderName.equalsIgnoreCase("library") || isIn(folder, workspace.folders().userLibrary())
                || shared != null && isIn(folder, shared)) {
            return Optional.of(Kind.LIBRARY);
        }
        return Optional.empty();
    }

    private static boolean isIn(Path folder, Path libraryFolder) {
        return folder != null && libraryFolder != null && SafeFiles.whereItIs(folder).equals(SafeFiles.whereItIs(libraryFolder));
    }

    private Outcome check(Path file, Kind fileKind, Workspace workspace) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            switch (fileKind) {
                case HANDOUT -> {
                    return fromExportCheck(ExportCheck.ofFile(workspace, file, null), notes);
                }
                case TEMPLATE -> {
                    Template template = Templates.read(SafeFiles.open(file, Json.MAX_DOCUMENT_BYTES), file.toString(),
                            workspace.library());
                    return fromExportCheck(ExportCheck.ofHandout(workspace, file.toString(), template.toHandout(), null,
                            null), notes);
                }
                case LIBRARY -> {
                    UserLibrary.FileResult result = UserLibrary.readFile(file, workspace.library());
                    result.problems().stream().map(Problem::describe).forEach(problems::add);
                    notes.addAll(result.notes());
                }
                case BRANDING -> {
                    var branding = HandoutFiles.readBranding(file);
                    HandoutLayout.logoFailure(branding).ifPresent(failure ->
                            problems.add(file + ": the practice logo cannot be used: " + failure.getMessage()));
                }
                default -> throw new IllegalStateException(fileKind.toString());
            }
        } catch (InvalidContentException e) {
            e.problems().stream().map(Problem::describe).forEach(problems::add);
        } catch (IOException e) {
            return new Outcome(ExitCodes.IO_ERROR, List.of("cannot read " + file + ": " + Failures.reason(e)), notes);
        } catch (UncheckedIOException e) {
            return new Outcome(ExitCodes.IO_ERROR, List.of("cannot read " + file + ": " + Failures.reason(e.getCause())),
                    notes);
        }
        return new Outcome(problems.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT, problems, notes);
    }

    /** A handout's or template's outcome: exactly what an export would report, plus the clinical checks. */
    private static Outcome fromExportCheck(ExportCheck.Result result, List<String> notes) {
        // Worth a clinician's look, but not errors: they do not change the exit code.
        for (ClinicalChecks.Warning warning : result.warnings()) {
            notes.add("check: " + warning.describe());
        }
        int code = result.worst().map(ExitCodes::of).orElse(ExitCodes.OK);
        return new Outcome(code, result.problems().stream().map(ExportCheck.Finding::message).toList(), notes);
    }
}
