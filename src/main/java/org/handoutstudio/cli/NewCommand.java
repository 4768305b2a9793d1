package org.handoutstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.handoutstudio.handout.HandoutFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "new", description = "Start a handout file from a template.")
final class NewCommand implements Callable<Integer> {

    @Option(names = "--template", paramLabel = "ID", required = true, description = "Template id (see 'templates').")
    String template;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.handout.json", required = true, description = "File to write.")
    Path output;

    @CommandLine.ParentCommand
    HandoutStudioCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            HandoutFiles.writeHandout(output, Inputs.template(root.workspaceWithTemplates(), template).toHandout());
        } catch (IOException e) {
            throw Inputs.cannotWrite(output, e);
        }
        spec.commandLine().getOut().println(output);
        return ExitCodes.OK;
    }
}
