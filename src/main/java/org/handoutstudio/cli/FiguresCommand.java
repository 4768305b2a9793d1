package org.handoutstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.Paper;
import org.handoutstudio.layout.ContactSheet;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.pdf.PdfExporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "figures", description = "Print every exercise's illustration with its name on a review sheet (PDF).")
final class FiguresCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "SHEET.pdf", required = true, description = "File to write.")
    Path output;

    @Option(names = "--paper", paramLabel = "A4|LETTER", description = "Paper size (default: A4).")
    Paper paper = Paper.A4;

    @CommandLine.ParentCommand
    HandoutStudioCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Workspace workspace = root.workspace();
        var exercises = workspace.library().items().stream()
                .filter(Exercise.class::isInstance).map(Exercise.class::cast).toList();
        var pages = ContactSheet.layout(exercises, workspace.figures(), new LayoutOptions(paper, false, null));
        try {
            PdfExporter.write(pages, output);
        } catch (IOException e) {
            throw Inputs.cannotWrite(output, e);
        }
        spec.commandLine().getOut().println(output);
        return ExitCodes.OK;
    }
}
