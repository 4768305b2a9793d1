package org.handoutstudio.startup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.io.Json;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.layout.FontFace;
import org.handoutstudio.layout.FontMetrics;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.library.Side;
import org.handoutstudio.library.TextBlock;
import org.handoutstudio.pdf.PdfExporter;

/**
 * Start-up work that does not depend on the user's input, run on a background thread: the
 * bundled library (while a command line is still being parsed), the bundled fonts, line-breaking
 * rules, one throwaway layout and PDF, and the JSON writers of the document id, so their classes
 * are loaded and initialised. On two cores this takes it off the critical path of a command-line
 * export and of the editor's first preview.
 */
final class ExportWarmUp {

    private ExportWarmUp() {
    }

    /**
     * Reads the bundled library first, while the main thread parses the command line (the export
     * needs the library next), then warms up the rest.
     */
    static Thread start() {
        return start(library -> { });
    }

    /**
     * For a command-line export of one handout, after the library the thread reads the figures of
     * its exercises as the build wrote them (or draws any it did not), last first: the export lays
     * them out first to last, so the two threads meet in the middle rather than queue for the same
     * figure. Then it warms up the rest.
     */
    static Thread startForExport(String[] args) {
        return start(library -> drawFigures(exportedItems(args, library), library, Workspace.figuresForPrinting()));
    }

    private static Thread start(Consumer<Library> withLibrary) {
        Thread thread = new Thread(() -> {
            try {
                withLibrary.accept(LibraryLoader.bundled());
            } catch (RuntimeException | LinkageError e) {
                // The main thread reads the library (or draws the figure) again and reports the problem.
            }
            run();
        }, "handout-studio-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
        return thread;
    }

    /** The items of the one template or handout file an export names; none when it names several or none. */
    static List<HandoutItem> exportedItems(String[] args, Library library) {
        List<String> templates = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--template") && i + 1 < args.length) {
                templates.add(args[++i]);
            } else if (args[i].startsWith("--template=")) {
                templates.add(args[i].substring("--template=".length()));
            } else if (args[i].endsWith(HandoutFiles.EXTENSION)) {
                files.add(Path.of(args[i]));
            }
        }
        if (templates.size() + files.size() != 1) {
            return List.of();
        }
        try {
            return templates.isEmpty() ? HandoutFiles.readHandout(files.get(0), library).items()
                    : Templates.find(templates.get(0)).map(Template::items).orElse(List.of());
        } catch (IOException | RuntimeException e) {
            return List.of(); // the export reports it
        }
    }

    static void drawFigures(List<HandoutItem> items, Library library, FigureSource figures) {
        for (int i = items.size() - 1; i >= 0; i--) {
            library.find(items.get(i).ref()).filter(Exercise.class::isInstance).map(Exercise.class::cast)
                    .ifPresent(figures::drawingFor);
        }
    }

    private static void run() {
        try {
            FontMetrics.of(FontFace.REGULAR);
            FontMetrics.of(FontFace.BOLD);
            BreakIterator.getLineInstance(Locale.UK).setText("warm up");
            Handout sample = Handout.blank("Warm-up").withItems(List.of(HandoutItem.freeText("Warm-up",
                    List.of(new TextBlock.Paragraph("A **short** paragraph."), new TextBlock.Bullets(List.of("One"))))));
            var pages = HandoutLayout.layout(sample, Library.of(List.of()), null, LayoutOptions.defaults(),
                    FigureSource.NONE);
            PdfExporter.write(pages, OutputStream.nullOutputStream());
            // The document id is a digest of the handout and branding as JSON: build those writers too.
            Json.canonicalBytes(sample.withItems(List.of(new HandoutItem("warm-up", new Dosage(10, 3, 5, 2, 7, null,
                    Side.BOTH, "light", 30, "more"), "note", List.of(), null, List.of(), null))));
            Json.canonicalBytes(Branding.DEFAULT);
        } catch (IOException | RuntimeException | LinkageError e) {
            // Warming up is an optimisation only; the real work reports its own errors.
        }
    }
}
