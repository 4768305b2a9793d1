package org.handoutstudio.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;

/**
 * The editor's state, free of any view: the library, the handout being edited, and the latest
 * laid-out pages. Each change to the handout schedules a layout through the task executor;
 * a result that arrives after a newer change is dropped.
 */
public final class EditorViewModel {

    private final Library library;
    private final FigureSource figures;
    private final TaskExecutor executor;
    private final ObservableList<LibraryItem> libraryItems = FXCollections.observableArrayList();
    private final ObjectProperty<Handout> handout = new SimpleObjectProperty<>();
    private final ObjectProperty<Branding> branding = new SimpleObjectProperty<>(Branding.DEFAULT);
    private final ReadOnlyObjectWrapper<PageList> pages = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long layoutGeneration;

    public EditorViewModel(Library library, FigureSource figures, TaskExecutor executor) {
        this.library = library;
        this.figures = figures;
        this.executor = executor;
        libraryItems.setAll(library.items());
        handout.addListener((observable, before, after) -> relayout());
        branding.addListener((observable, before, after) -> relayout());
        handout.set(Handout.blank("New handout"));
    }

    public ObservableList<LibraryItem> libraryItems() {
        return libraryItems;
    }

    public ObjectProperty<Handout> handoutProperty() {
        return handout;
    }

    public ObjectProperty<Branding> brandingProperty() {
        return branding;
    }

    public ReadOnlyObjectProperty<PageList> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Library library() {
        return library;
    }

    /** Adds a library item at the end of the handout. */
    public void add(LibraryItem item) {
        List<HandoutItem> items = new ArrayList<>(handout.get().items());
        items.add(HandoutItem.of(item.id()));
        handout.set(handout.get().withItems(items));
    }

    /** A display name for a handout entry. */
    public String labelOf(HandoutItem item) {
        if (item.isFreeText()) {
            return item.heading();
        }
        return library.find(item.ref()).map(found -> found.type().label() + ": " + found.title())
                .orElse("Missing item: " + item.ref());
    }

    private void relayout() {
        Handout current = handout.get();
        Branding currentBranding = branding.get();
        if (current == null) {
            return;
        }
        long generation = ++layoutGeneration;
        LayoutOptions options = new LayoutOptions(null, false, LocalDate.now());
        executor.run(() -> HandoutLayout.layout(current, library, currentBranding, options, figures),
                result -> {
                    if (generation == layoutGeneration) {
                        pages.set(result);
                        status.set(result.pages().size() == 1 ? "1 page" : result.pages().size() + " pages");
                    }
                },
                failure -> status.set("Preview could not be updated: " + failure.getMessage()));
    }
}
