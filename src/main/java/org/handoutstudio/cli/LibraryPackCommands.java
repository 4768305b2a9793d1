package org.handoutstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.io.SafeFiles;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.LibraryPacks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code library export-pack} and {@code library import-pack}: share a practice's own items as one zip. */
final class LibraryPackCommands {

    private LibraryPackCommands() {
    }

    @Command(name = "export-pack", description = "Write library items (default: every item in your own library) "
            + "and their photos to a pack another clinician can import.")
    static final class Export implements Callable<Integer> {

        @Option(names = {"-o", "--output"}, paramLabel = "PACK.zip", required = true, description = "The pack to write.")
        Path output;

        @Parameters(paramLabel = "ID", arity = "0..*", description = "Items to include (any origin; see 'library').")
        List<String> ids = new ArrayList<>();

        @CommandLine.ParentCommand
        LibraryCommand library;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Library items = library.root.workspace().library();
            List<LibraryItem> chosen = new ArrayList<>();
            if (ids.isEmpty()) {
                items.entries().stream().filter(entry -> entry.origin() == Library.Origin.USER)
                        .forEach(entry -> chosen.add(entry.item()));
                if (chosen.isEmpty()) {
                    throw new CliException(ExitCodes.INVALID_INPUT, "your own library has no items to export; "
                            + "name the items to export (see 'handout-studio library')");
                }
            } else {
                for (String id : ids) {
                    chosen.add(items.find(id).orElseThrow(() -> new CliException(ExitCodes.INVALID_INPUT,
                            "no library item has the id \"" + id + "\" (see 'handout-studio library')")));
                }
            }
            try {
                LibraryPacks.exportItems(chosen, output);
            } catch (IOException e) {
                throw Inputs.cannotWrite(output, e);
            }
            spec.commandLine().getOut().println("wrote " + chosen.size() + " item(s) to " + output);
            return ExitCodes.OK;
        }
    }

    @Command(name = "import-pack", description = "Add a pack's items to your own library. Nothing is written if any "
            + "part of the pack is unsafe or invalid, or (without --replace) if it would replace items you have.")
    static final class Import implements Callable<Integer> {

        @Parameters(paramLabel = "PACK.zip", description = "The pack to import.")
        Path pack;

        @Option(names = "--replace", description = "Replace items of yours that have the same id.")
        boolean replace;

        @CommandLine.ParentCommand
        LibraryCommand library;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Workspace workspace = library.root.workspace();
            var out = spec.commandLine().getOut();
            try {
                LibraryPacks.Pack read = LibraryPacks.read(pack);
                LibraryPacks.Plan plan = LibraryPacks.plan(read, workspace.userLibraryFolder(), workspace.library());
                List<String> imported = LibraryPacks.importInto(read, workspace.userLibraryFolder(), replace);
                out.println("imported " + imported.size() + " item(s) into " + workspace.userLibraryFolder().path()
                        + ": " + plan.adds().size() + " new, " + plan.replaces().size() + " replaced");
                plan.overridesBundled().forEach(item -> out.println("  " + item.id()
                        + " overrides the bundled item with the same id"));
                return ExitCodes.OK;
            } catch (LibraryPacks.PackException e) {
                throw new CliException(ExitCodes.INVALID_INPUT, pack + ": " + e.getMessage() + "; nothing was imported");
            } catch (IOException e) {
                throw new CliException(ExitCodes.IO_ERROR, pack + ": cannot import: " + SafeFiles.reason(e));
            }
        }
    }
}
