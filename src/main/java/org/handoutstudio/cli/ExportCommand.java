package org.handoutstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.layout.DiaryPage;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.pdf.HandoutExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Export handout files and/or templates to PDF, in one process.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Handout files (.handout.json) to export.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--template", paramLabel = "ID", description = "Export a bundled template (repeatable).")
    List<String> templates = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", description = "Output file (one input only).")
    Path output;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Folder for the PDFs (one per input).")
    Path outDir;

    @Option(names = "--branding", paramLabel = "FILE",
            description = "Practice branding file (default: the handout's, then your settings').")
    Path brandingFile;

    @Option(names = "--paper", paramLabel = "A4|LETTER",
            description = "Paper size (default: the handout's, then your settings', then A4).")
    Paper paper;

    @Option(names = "--large-print",
            description = "Large print: body text 16 pt, everything reflowed (default: the handout's, then your settings').")
    boolean largePrint;

    @Option(names = "--layout", paramLabel = "detailed|programme|compact",
            description = "Exercise cards: in full, two to a page or three to a page (default: the handout's, then "
                    + "programme; large print always prints them in full).")
    ExerciseLayout layout;

    @Option(names = "--diary", description = "Add the exercise plan and diary page (default: the handout's choice).")
    boolean diary;

    @Option(names = "--diary-weeks", paramLabel = "1-6", description = "Weeks in the diary (default: the handout's, then 2).")
    Integer diaryWeeks;

    @Option(names = "--ink-saver",
            description = "No tinted backgrounds or filled bands, for black-and-white printers (default: the handout's).")
    boolean inkSaver;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Date printed as 'produced' (default: today); the same date gives identical PDFs.")
    LocalDate date;

    @CommandLine.ParentCommand
    HandoutStudioCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One PDF to write; {@code source} is the handout file, for its relative branding path. */
    private record Job(String name, Handout handout, Path source, Path target) { }

    @Override
    public Integer call() {
        int inputs = files.size() + templates.size();
        if (inputs == 0) {
            throw new CliException(ExitCodes.INVALID_INPUT, "nothing to export: name a FILE or --template ID");
        }
        if ((output == null) == (outDir == null)) {
            throw new CliException(ExitCodes.INVALID_INPUT, "give exactly one of -o OUT.pdf or --out-dir DIR");
        }
        if (output != null && inputs > 1) {
            throw new CliException(ExitCodes.INVALID_INPUT, "-o takes one input; use --out-dir DIR for several");
        }
        if (outDir != null && !Files.isDirectory(outDir)) {
            throw new CliException(ExitCodes.IO_ERROR, "cannot write to " + outDir + ": no such folder");
        }
        if (diaryWeeks != null && (diaryWeeks < 1 || diaryWeeks > Handout.MAX_DIARY_WEEKS)) {
            throw new CliException(ExitCodes.INVALID_INPUT, "--diary-weeks must be between 1 and " + Handout.MAX_DIARY_WEEKS
                    + " (it is " + diaryWeeks + ")");
        }
        Workspace workspace = root.workspace();
        List<Job> jobs = new ArrayList<>();
        for (String id : templates) {
            jobs.add(new Job(id, Inputs.template(workspace, id).toHandout(), null, target(id)));
        }
        for (Path file : files) {
            jobs.add(new Job(file.toString(), Inputs.handout(file, workspace.library()), file, target(baseName(file))));
        }
        Set<Path> targets = new HashSet<>();
        for (Job job : jobs) {
            if (!targets.add(job.target().toAbsolutePath().normalize())) {
                throw new CliException(ExitCodes.INVALID_INPUT, "two inputs would both be written to " + job.target());
            }
        }
        LayoutOptions.Overrides overrides = new LayoutOptions.Overrides(paper, largePrint ? Boolean.TRUE : null, date,
                layout, diary || diaryWeeks != null ? Boolean.TRUE : null, diaryWeeks, inkSaver ? Boolean.TRUE : null);
        for (Job job : jobs) {
            Branding branding = Workspace.brandingFileFor(job.handout(), job.source(), brandingFile)
                    .map(file -> Inputs.reading(file, () -> HandoutFiles.readBranding(file)))
                    .orElse(workspace.settings().branding());
            HandoutLayout.logoProblem(branding).ifPresent(problem ->
                    spec.commandLine().getErr().println("handout-studio: warning: " + problem));
            LayoutOptions options = LayoutOptions.resolve(job.handout(), workspace.settings(), overrides);
            if (options.diaryWeeks() > 0 && !DiaryPage.hasExercises(job.handout(), workspace.library())) {
                spec.commandLine().getErr().println("handout-studio: note: " + job.name()
                        + " has no exercises, so it has no diary page");
            }
            try {
                HandoutExport.export(job.handout(), workspace.library(), branding, options, workspace.figures(),
                        job.target());
            } catch (HandoutExport.UnprintableException e) {
                throw new CliException(ExitCodes.UNPRINTABLE, job.name() + ": cannot be printed faithfully: "
                        + e.getMessage());
            } catch (IOException e) {
                throw Inputs.cannotWrite(job.target(), e);
            }
            spec.commandLine().getOut().println(job.target());
        }
        return ExitCodes.OK;
    }

    private Path target(String baseName) {
        return output != null ? output : outDir.resolve(baseName + ".pdf");
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(HandoutFiles.EXTENSION)) {
            return name.substring(0, name.length() - HandoutFiles.EXTENSION.length());
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
