package org.handoutstudio.startup;

import java.io.IOException;
import java.io.OutputStream;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.io.Json;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.layout.FontFace;
import org.handoutstudio.layout.FontMetrics;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.library.Dosage;
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
        Thread thread = new Thread(() -> {
            try {
                LibraryLoader.bundled();
            } catch (RuntimeException | LinkageError e) {
                // The main thread reads it again and reports the problem.
            }
            run();
        }, "handout-studio-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
        return thread;
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
