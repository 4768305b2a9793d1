package org.handoutstudio.startup;

import java.io.OutputStream;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.layout.FontFace;
import org.handoutstudio.layout.FontMetrics;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.TextBlock;
import org.handoutstudio.pdf.PdfExporter;

/**
 * Start-up work that does not depend on the user's input, run on a background thread while the
 * main thread reads the library: the bundled fonts, line-breaking rules, and one throwaway
 * layout and PDF so their classes are loaded and initialised. On two cores this takes it off the
 * critical path of a command-line export and of the editor's first preview.
 */
final class ExportWarmUp {

    private ExportWarmUp() {
    }

    static Thread start() {
        Thread thread = new Thread(ExportWarmUp::run, "handout-studio-warmup");
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
        } catch (Exception | LinkageError e) {
            // Warming up is an optimisation only; the real work reports its own errors.
        }
    }
}
