package org.handoutstudio.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.io.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command. Without a subcommand the launcher opens the editor instead. */
@Command(name = "handout-studio",
        mixinStandardHelpOptions = true,
        versionProvider = HandoutStudioCommand.Version.class,
        description = "Builds clear, accessible patient handouts and exports them as tagged PDF.%n"
                + "Run without arguments to open the editor.",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   success",
            "  2   bad usage or invalid input (names the file, and the field or line)",
            "  3   a file could not be read or written",
            "  4   content cannot be printed faithfully (e.g. characters no font has)",
            " 70   an unexpected error (run again with --debug for details)"})
public final class HandoutStudioCommand implements Callable<Integer> {

    /**
     * The subcommands by name, in the order help lists them. A run that names one builds only
     * that one: picocli reads every annotation of every command it is given, and on a cold start
     * that reading costs more than the work of a small command.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        byName.put("templates", TemplatesCommand.class);
        byName.put("new", NewCommand.class);
        byName.put("export", ExportCommand.class);
        byName.put("library", LibraryCommand.class);
        byName.put("figures", FiguresCommand.class);
        byName.put("validate", ValidateCommand.class);
        byName.put("help", CommandLine.HelpCommand.class);
        return byName;
    }

    @Option(names = "--debug", description = "Print full error details (stack traces) for bug reports.",
            scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final AppFolders folders;
    private Workspace workspace;

    private HandoutStudioCommand(AppFolders folders) {
        this.folders = folders;
    }

    /**
     * The settings, library and templates, loaded when a command first needs them. Problems with
     * the user's own files do not stop the command: each kind gets one warning line.
     */
    Workspace workspace() {
        if (workspace == null) {
            workspace = Workspace.loadForPrinting(folders);
            var err = spec.commandLine().getErr();
            workspace.settingsProblem().ifPresent(problem ->
                    err.println("handout-studio: warning: " + problem + "; using the default settings"));
            var problems = workspace.libraryProblems();
            if (!problems.isEmpty()) {
                err.println("handout-studio: warning: " + problems.size()
                        + " problem(s) in your own library files; run 'handout-studio validate' on them. First: "
                        + problems.get(0).describe());
            }
        }
        return workspace;
    }

    /** The workspace, once its saved templates are read: a problem with them is one warning line. */
    Workspace workspaceWithTemplates() {
        Workspace loaded = workspace();
        if (!templatesChecked) {
            templatesChecked = true;
            var problems = loaded.templateProblems();
            if (!problems.isEmpty()) {
                spec.commandLine().getErr().println("handout-studio: warning: " + problems.size()
                        + " problem(s) in saved templates; those templates are left out. First: "
                        + problems.get(0).describe());
            }
        }
        return loaded;
    }

    private boolean templatesChecked;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Prints the version and the commit of the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Handout Studio " + BuildInfo.version() + " (commit " + BuildInfo.commit() + ")"};
        }
    }

    /** The first argument that is not an option: the subcommand, if the user named one. */
    static String subcommandName(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return "";
    }

    /** Each subcommand answers --help itself too: "export --help" is what people type. */
    private static void addHelpOption(Collection<CommandLine> subcommands) {
        for (CommandLine sub : subcommands) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                sub.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help message and exit.").build());
                addHelpOption(sub.getSubcommands().values());
            }
        }
    }

    /** Runs the command line on the user's own data folder and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, AppFolders.standard());
    }

    /** Runs the command line on {@code folders}; errors become one line on stderr. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, AppFolders folders) {
        HandoutStudioCommand root = new HandoutStudioCommand(folders);
        CommandLine commandLine = new CommandLine(root);
        Class<?> named = SUBCOMMANDS.get(subcommandName(args));
        if (named == null || named == CommandLine.HelpCommand.class) {
            SUBCOMMANDS.values().forEach(commandLine::addSubcommand);   // help, usage and "did you mean" need them all
        } else {
            commandLine.addSubcommand(named);
        }
        addHelpOption(commandLine.getSubcommands().values());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(failure -> failure instanceof CliException cli
                ? cli.exitCode() : ExitCodes.INTERNAL_ERROR);
        commandLine.setParameterExceptionHandler((failure, arguments) -> {
            err.println("handout-studio: " + failure.getMessage());
            err.println("Try 'handout-studio --help' for usage.");
            return ExitCodes.INVALID_INPUT;
        });
        commandLine.setExecutionExceptionHandler((failure, command, parsed) -> {
            if (failure instanceof CliException cli) {
                err.println("handout-studio: " + cli.getMessage());
                return cli.exitCode();
            }
            err.println("handout-studio: unexpected error: " + failure);
            if (root.debug) {
                failure.printStackTrace(err);
            } else {
                err.println("Run again with --debug for details, and please report it.");
            }
            return ExitCodes.INTERNAL_ERROR;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (VirtualMachineError | LinkageError failure) {
            // Picocli hands on Errors (out of memory, a broken installation); they still get one line, not a trace.
            err.println("handout-studio: unexpected error: " + failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
            if (root.debug) {
                failure.printStackTrace(err);
            } else {
                err.println("Run again with --debug for details, and please report it.");
            }
            code = ExitCodes.INTERNAL_ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }
}
