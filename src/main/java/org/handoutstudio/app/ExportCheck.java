package org.handoutstudio.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.ClinicalChecks;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.Problem;
import org.handoutstudio.io.RasterImages;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.Printability;

/**
 * Everything an export checks before it writes a PDF, in one place, so that {@code validate}
 * and {@code export} can never disagree: the handout file, the branding that would print on it
 * (its own branding file, one chosen for this export, or the settings'), that branding's logo,
 * and every piece of text against the fonts. Every problem is found, not just the first, each
 * as one sentence that names the file.
 */
public final class ExportCheck {

    /** What kind of problem stops the export, in the order of the command line's exit codes (2, 3, 4). */
    public enum Kind { INVALID, UNREADABLE, UNPRINTABLE }

    /** One reason the handout cannot be exported as it is. */
    public record Finding(Kind kind, String message) { }

    /**
     * The outcome: the handout and branding when they could be read, every problem, the clinical
     * warnings (worth a look, never a reason to refuse), and every file that was read, so a caller
     * can refuse to write over any of them.
     */
    public record Result(String name, Handout handout, Branding branding, List<Finding> problems,
                         List<ClinicalChecks.Warning> warnings, Set<Path> filesRead) {
        public Result {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
            filesRead = Set.copyOf(filesRead);
        }

        public boolean passed() {
            return problems.isEmpty();
        }

        /** The most serious kind of problem found, if any. */
        public Optional<Kind> worst() {
            return problems.stream().map(Finding::kind).max(Enum::compareTo);
        }
    }

    private final Workspace workspace;
    private final String name;
    private final List<Finding> problems = new ArrayList<>();
    private final Set<Path> filesRead = new LinkedHashSet<>();

    private ExportCheck(Workspace workspace, String name) {
        this.workspace = workspace;
        this.name = name;
    }

    /** Reads and checks a handout file; {@code chosenBranding} is a branding file chosen for this export, or null. */
    public static Result ofFile(Workspace workspace, Path file, Path chosenBranding) {
        ExportCheck check = new ExportCheck(workspace, file.toString());
        check.filesRead.add(file);
        Handout handout = null;
        try {
            handout = HandoutFiles.readHandout(file, workspace.library());
        } catch (InvalidContentException e) {
            check.invalid(e);
        } catch (IOException e) {
            check.unreadable(file, e);
        } catch (UncheckedIOException e) {
            check.unreadable(file, e.getCause());
        }
        return handout == null ? check.result(null, null, List.of()) : check.checkHandout(handout, file, chosenBranding);
    }

    /**
     * Checks a handout that is not read from a file of its own (a template), under {@code name};
     * {@code file} is where it came from, for its relative branding path, or null.
     */
    public static Result ofHandout(Workspace workspace, String name, Handout handout, Path file, Path chosenBranding) {
        return new ExportCheck(workspace, name).checkHandout(handout, file, chosenBranding);
    }

    private Result checkHandout(Handout handout, Path file, Path chosenBranding) {
        Branding branding = brandingFor(handout, file, chosenBranding);
        if (branding != null) {
            Optional<RasterImages.ImageException> logo = HandoutLayout.logoFailure(branding);
            if (branding.logoPath() != null) {
                filesRead.add(branding.logoPath());
            }
            logo.ifPresent(failure -> problems.add(new Finding(failure.unreadable() ? Kind.UNREADABLE : Kind.INVALID,
                    name + ": the practice logo cannot be used: " + failure.getMessage())));
            for (Printability.Issue issue : Printability.check(handout, workspace.library(), branding)) {
                problems.add(new Finding(Kind.UNPRINTABLE, name + ": cannot be printed faithfully: " + issue.describe()));
            }
        }
        return result(handout, branding, ClinicalChecks.check(handout, workspace.library()));
    }

    /** The branding that would print, or null (with the problem recorded) when it cannot be read. */
    private Branding brandingFor(Handout handout, Path file, Path chosen) {
        Path brandingFile = null;
        try {
            Optional<Path> named = Workspace.brandingFileFor(handout, file, chosen);
            if (named.isEmpty()) {
                return workspace.settings().branding();
            }
            brandingFile = named.get();
            filesRead.add(brandingFile);
            return HandoutFiles.readBranding(brandingFile);
        } catch (InvalidContentException e) {
            invalid(e);
        } catch (IOException e) {
            if (brandingFile == null) {
                // The handout names a branding file it is not allowed to reach.
                problems.add(new Finding(Kind.INVALID, name + ": branding: \"" + handout.branding() + "\" "
                        + Failures.reason(e)));
            } else {
                unreadable(brandingFile, e);
            }
        } catch (UncheckedIOException e) {
            unreadable(brandingFile, e.getCause());
        }
        return null;
    }

    private void invalid(InvalidContentException e) {
        e.problems().stream().map(Problem::describe).forEach(message -> problems.add(new Finding(Kind.INVALID, message)));
    }

    private void unreadable(Path file, IOException e) {
        problems.add(new Finding(Kind.UNREADABLE, "cannot read " + file + ": " + Failures.reason(e)));
    }

    private Result result(Handout handout, Branding branding, List<ClinicalChecks.Warning> warnings) {
        return new Result(name, handout, branding, problems, warnings, filesRead);
    }
}
