package org.handoutstudio.cli;

import java.util.concurrent.Callable;
import org.handoutstudio.handout.Template;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "templates", description = "List the starting templates: id, then title.")
final class TemplatesCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    HandoutStudioCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var templates = root.workspace().templates();
        int width = templates.stream().mapToInt(template -> template.id().length()).max().orElse(0);
        for (Template template : templates) {
            out.printf("%-" + width + "s  %s%n", template.id(), template.title());
        }
        return ExitCodes.OK;
    }
}
