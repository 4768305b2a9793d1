package org.handoutstudio.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.layout.Printability;
import org.handoutstudio.library.Library;

/** The whole export, as the CLI and the editor both use it: check, lay out, write atomically. */
public final class HandoutExport {

    /** Thrown when the handout has text that would print wrongly; nothing has been written. */
    public static final class UnprintableException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Printability.Issue> issues;

        public UnprintableException(List<Printability.Issue> issues) {
            super(issues.get(0).describe() + (issues.size() > 1 ? " (and " + (issues.size() - 1) + " more)" : ""));
            this.issues = List.copyOf(issues);
        }

        public List<Printability.Issue> issues() {
            return issues;
        }
    }

    private HandoutExport() {
    }

    public static PageList layout(Handout handout, Library library, Branding branding, LayoutOptions options,
                                  FigureSource figures) throws UnprintableException {
        List<Printability.Issue> issues = Printability.check(handout, library, branding);
        if (!issues.isEmpty()) {
            throw new UnprintableException(issues);
        }
        return HandoutLayout.layout(handout, library, branding, options, figures);
    }

    public static void export(Handout handout, Library library, Branding branding, LayoutOptions options,
                              FigureSource figures, Path target) throws IOException, UnprintableException {
        PdfExporter.write(layout(handout, library, branding, options, figures), target);
    }
}
