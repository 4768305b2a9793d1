package org.handoutstudio.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.canvas.Canvas;
import javafx.stage.Window;
import org.handoutstudio.layout.Page;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.ui.preview.FxPagePainter;

/** Prints exactly the laid-out pages through the system print dialog, painted as the preview paints them. */
final class Printing {

    private Printing() {
    }

    /** Prints {@code pages} with {@code job}; null means no printer is installed. */
    static void print(PageList pages, PrinterJob job, Window owner, DialogService dialogs) {
        if (pages == null || job == null) {
            dialogs.showError(Messages.get("print.unavailable"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (Canvas page : printablePages(pages, layout.getPrintableWidth(), layout.getPrintableHeight())) {
            if (!job.printPage(page)) {
                dialogs.showError(Messages.get("print.failed"));
                job.cancelJob();
                return;
            }
        }
        job.endJob();
    }

    /**
     * One canvas per laid-out page, painted by the preview's painter from the same PageList the
     * PDF is written from, scaled to fit the printable area (in points) without distortion.
     */
    static List<Canvas> printablePages(PageList list, double printableWidth, double printableHeight) {
        double scale = Math.min(printableWidth / list.pageWidth(), printableHeight / list.pageHeight());
        List<Canvas> pages = new ArrayList<>();
        for (Page page : list.pages()) {
            Canvas canvas = new Canvas(list.pageWidth() * scale, list.pageHeight() * scale);
            FxPagePainter.paint(canvas.getGraphicsContext2D(), page, list.pageWidth(), list.pageHeight(), 0, 0, scale);
            pages.add(canvas);
        }
        return pages;
    }
}
