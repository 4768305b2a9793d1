package org.handoutstudio.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.Settings;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.layout.Printability;
import org.handoutstudio.library.Library;

/**
 * The live preview: lays the handout out in the background after every change (latest state
 * only) with the same rules as an export, and checks its text can be printed. The pages it
 * publishes are exactly the pages an export of the same handout writes.
 */
public final class PreviewModel {

    /** What one layout depends on: the handout, the file it came from (for its branding file), the settings. */
    record Input(Handout handout, Path file, Settings settings, Library library) { }

    /** A layout and the printability check of the same handout, both made off the FX thread. */
    private record Laidout(PageList pages, List<Printability.Issue> issues) { }

    private final Clock clock;
    private final LiveLibrary library;
    private final FigureSource figures;
    private final ReadOnlyObjectWrapper<PageList> pages = new ReadOnlyObjectWrapper<>();
    private final LatestOnly<Input, Laidout> layout;

    PreviewModel(LiveLibrary library, FigureSource figures, TaskExecutor executor, HandoutEditingModel editing,
                 SettingsModel settings, StatusLine status, Clock clock) {
        this.clock = clock;
        this.library = library;
        this.figures = figures;
        this.layout = new LatestOnly<>(executor, this::layOut, laidout -> {
            pages.set(laidout.pages());
            editing.printIssues(laidout.issues());
        }, failure -> status.show(Messages.format("status.previewFailed", failure.getMessage())));
        HandoutDocument document = editing.document();
        Runnable relayout = () -> layout.submit(new Input(document.get(), document.fileProperty().get(), settings.get(),
                library.get()));
        document.handoutProperty().addListener((o, a, b) -> relayout.run());
        document.fileProperty().addListener((o, a, b) -> relayout.run());
        library.property().addListener((o, a, b) -> relayout.run()); // a handout's branding file is named relative to it
        settings.property().addListener((o, a, b) -> {
            if (a == null || !a.branding().equals(b.branding()) || a.paper() != b.paper()
                    || !Objects.equals(a.largePrint(), b.largePrint())) {
                relayout.run();
            }
        });
        relayout.run();
    }

    public ReadOnlyObjectProperty<PageList> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    private Laidout layOut(Input input) {
        Branding branding = branding(input);
        LayoutOptions options = options(input, clock);
        return new Laidout(HandoutLayout.layout(input.handout(), input.library(), branding, options, figures),
                Printability.check(input.handout(), input.library(), branding));
    }

    /** The options an export of {@code input} today uses. */
    static LayoutOptions options(Input input, Clock clock) {
        return LayoutOptions.resolve(input.handout(), input.settings(),
                LayoutOptions.Overrides.producedOn(LocalDate.now(clock)));
    }

    /** The branding an export of {@code input} prints: the handout's own file, else the settings'. */
    static Branding branding(Input input) {
        try {
            return Workspace.brandingFor(input.handout(), input.file(), null, input.settings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
