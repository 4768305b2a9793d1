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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.handoutstudio.app.ExportCheck;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.handout.Template;
import org.handoutstudio.io.SafeFiles;
import org.handoutstudio.layout.DiaryPage;
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

    @Option(names = "--template", paramLabel = "ID", description = "Export a template, bundled or saved (repeatable; see 'templates').")
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

    /** One PDF to write, once its input has been checked. */
    private record Job(ExportCheck.Result check, Path target) { }

    /**
     * Checks every input before writing anything, lists every problem, then writes the PDFs of
     * the inputs that passed. The exit code is the highest of the failures' codes (0 when all
     * were written); a summary on stderr names what was skipped.
     */
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
        Workspace workspace = templates.isEmpty() ? root.workspace() : root.workspaceWithTemplates();
        var err = spec.commandLine().getErr();
        List<Job> jobs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int worst = ExitCodes.OK;
        for (String id : templates) {
            try {
                Template template = Inputs.template(workspace, id);
                jobs.add(new Job(ExportCheck.ofHandout(workspace, id, template.toHandout(), null, brandingFile), target(id)));
            } catch (CliException unknown) {
                err.println("handout-studio: " + unknown.getMessage());
                skipped.add(id);
                worst = Math.max(worst, unknown.exitCode());
            }
        }
        // Reading and checking a file depends on that file alone, so a batch checks on every core too.
        jobs.addAll(onEveryCore(files.stream().map(file -> (Callable<Job>) () -> new Job(
                ExportCheck.ofFile(workspace, file, brandingFile), target(baseName(file)))).toList()));
        Set<Path> targets = new HashSet<>();
        Set<Path> everyInput = new HashSet<>();
        jobs.forEach(job -> job.check().filesRead().forEach(file -> everyInput.add(SafeFiles.whereItIs(file))));
        List<Job> ready = new ArrayList<>();
        for (Job job : jobs) {
            List<ExportCheck.Finding> problems = new ArrayList<>(job.check().problems());
            Path where = SafeFiles.whereItIs(job.target());
            if (everyInput.contains(where)) {
                problems.add(new ExportCheck.Finding(ExportCheck.Kind.INVALID, "refusing to write " + job.target()
                        + ": it is one of the files being read; choose another name for the PDF"));
            } else if (!targets.add(where)) {
                problems.add(new ExportCheck.Finding(ExportCheck.Kind.INVALID, "two inputs would both be written to "
                        + job.target() + "; export them to different names"));
            }
            if (problems.isEmpty()) {
                ready.add(job);
                continue;
            }
            problems.forEach(problem -> err.println("handout-studio: " + problem.message()));
            skipped.add(job.check().name());
            worst = Math.max(worst, problems.stream().mapToInt(problem -> ExitCodes.of(problem.kind())).max().orElseThrow());
        }
        LayoutOptions.Overrides overrides = new LayoutOptions.Overrides(paper, largePrint ? Boolean.TRUE : null, date,
                layout, diary || diaryWeeks != null ? Boolean.TRUE : null, diaryWeeks, inkSaver ? Boolean.TRUE : null);
        int written = 0;
        for (Written result : writeAll(ready, workspace, overrides)) {
            if (result.note() != null) {
                err.println("handout-studio: note: " + result.job().check().name() + " " + result.note());
            }
            if (result.failure() == null) {
                spec.commandLine().getOut().println(result.job().target());
                written++;
            } else {
                err.println("handout-studio: " + result.failure());
                skipped.add(result.job().check().name());
                worst = Math.max(worst, result.exitCode());
            }
        }
        if (!skipped.isEmpty() && inputs > 1) {
            err.println("handout-studio: wrote " + written + " of " + inputs + " PDFs; skipped "
                    + String.join(", ", skipped));
        }
        return worst;
    }

    /** One export's outcome: written (no failure), or the line to print and its exit code. */
    private record Written(Job job, String note, String failure, int exitCode) { }

    /**
     * Writes the PDFs of the checked jobs, on every core when there are several (each PDF is
     * made from its own input alone, so the bytes are the same as one at a time). The outcomes
     * come back in the order of the inputs.
     */
    private static List<Written> writeAll(List<Job> ready, Workspace workspace, LayoutOptions.Overrides overrides) {
        return onEveryCore(ready.stream().map(job -> (Callable<Written>) () -> write(job, workspace, overrides)).toList());
    }

    /** Runs independent tasks, on every core when there are several; the results come back in the tasks' order. */
    private static <T> List<T> onEveryCore(List<Callable<T>> tasks) {
        int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<T> results = new ArrayList<>();
            for (Callable<T> task : tasks) {
                results.add(callQuietly(task));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "export");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.INTERNAL_ERROR, "the export was interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException unexpected ? unexpected : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T callQuietly(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Written write(Job job, Workspace workspace, LayoutOptions.Overrides overrides) {
        Handout handout = job.check().handout();
        LayoutOptions options = LayoutOptions.resolve(handout, workspace.settings(), overrides);
        String note = options.diaryWeeks() > 0 && !DiaryPage.hasExercises(handout, workspace.library())
                ? "has no exercises, so it has no diary page" : null;
        try {
            HandoutExport.export(handout, workspace.library(), job.check().branding(), options, workspace.figures(),
                    job.target());
            return new Written(job, note, null, ExitCodes.OK);
        } catch (HandoutExport.UnprintableException e) {
            return new Written(job, note, job.check().name() + ": cannot be printed faithfully: " + e.getMessage(),
                    ExitCodes.UNPRINTABLE);
        } catch (IOException e) {
            return new Written(job, note, Inputs.cannotWrite(job.target(), e).getMessage(), ExitCodes.IO_ERROR);
        }
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
