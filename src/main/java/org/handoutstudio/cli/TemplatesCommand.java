package org.handoutstudio.cli;

import java.util.concurrent.Callable;
import org.handoutstudio.handout.UserTemplates;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "templates", description = "List the starting templates: id, then title; the practice's shared ones and your own come last, marked.")
final class TemplatesCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    HandoutStudioCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var templates = root.workspaceWithTemplates().templateEntries();
        int width = templates.stream().mapToInt(entry -> entry.template().id().length()).max().orElse(0);
        for (UserTemplates.Entry entry : templates) {
            String origin = switch (entry.origin()) {
                case BUNDLED -> "";
                case SHARED -> "  (shared)";
                case USER -> "  (yours)";
            };
            out.printf("%-" + width + "s  %s%s%n", entry.template().id(), entry.template().title(), origin);
        }
        return ExitCodes.OK;
    }
}
