package org.handoutstudio.cli;

import java.util.concurrent.Callable;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.Templates;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "templates", description = "List the starting templates: id, then title.")
final class TemplatesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        int width = Templates.ids().stream().mapToInt(String::length).max().orElse(0);
        for (Template template : Templates.bundled()) {
            out.printf("%-" + width + "s  %s%n", template.id(), template.title());
        }
        return ExitCodes.OK;
    }
}
