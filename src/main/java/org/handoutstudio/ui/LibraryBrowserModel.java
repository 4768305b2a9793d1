package org.handoutstudio.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.library.BodyRegion;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.ItemType;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.LibrarySearch;
import org.handoutstudio.library.Position;

/** The library browser's state: the search words, the four filters, and the items that match, best first. */
public final class LibraryBrowserModel {

    private final LiveLibrary library;
    private final FigureSource figures;
    private final ObservableList<LibraryItem> results = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<ItemType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<BodyRegion> regionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Position> positionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> equipmentFilter = new SimpleObjectProperty<>();

    private final Clock clock;

    LibraryBrowserModel(LiveLibrary library, FigureSource figures, Clock clock) {
        this.library = library;
        this.clock = clock;
        library.property().addListener((o, a, b) -> refresh());
        this.figures = figures;
        query.addListener((o, a, b) -> refresh());
        typeFilter.addListener((o, a, b) -> refresh());
        regionFilter.addListener((o, a, b) -> refresh());
        positionFilter.addListener((o, a, b) -> refresh());
        equipmentFilter.addListener((o, a, b) -> refresh());
        refresh();
    }

    public Library library() {
        return library.get();
    }

    /**
     * Where an item comes from, when it is not the bundled library: the practice's shared folder,
     * the clinician's own, and whether it replaces a bundled item with the same id.
     */
    public Optional<String> originOf(LibraryItem item) {
        return library.get().entry(item.id()).filter(entry -> entry.origin() != Library.Origin.BUNDLED).map(entry ->
                Messages.get(entry.origin() == Library.Origin.SHARED ? "library.origin.shared" : "library.origin.user")
                        + (entry.overridesBundled() ? " \u00B7 " + Messages.get("library.overridesBundled") : ""));
    }

    /** True when the item is past its next review date: the list marks it. */
    public boolean isOverdue(LibraryItem item) {
        return item.provenance() != null && item.provenance().isOverdue(LocalDate.now(clock));
    }

    /** The exercises' illustrations, for the rows' thumbnails. */
    public FigureSource figures() {
        return figures;
    }

    public ObservableList<LibraryItem> results() {
        return results;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<ItemType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<BodyRegion> regionFilterProperty() {
        return regionFilter;
    }

    public ObjectProperty<Position> positionFilterProperty() {
        return positionFilter;
    }

    public ObjectProperty<String> equipmentFilterProperty() {
        return equipmentFilter;
    }

    /** Every equipment word used in the library, for the filter. */
    public List<String> equipmentChoices() {
        return library.get().items().stream().filter(Exercise.class::isInstance).map(Exercise.class::cast)
                .flatMap(exercise -> exercise.equipment().stream()).distinct().sorted().toList();
    }

    /** Shows every item of one type, the search and other filters cleared (e.g. "add safety-netting"). */
    public void showAll(ItemType type) {
        query.set("");
        typeFilter.set(type);
    }

    private void refresh() {
        Predicate<LibraryItem> filter = item -> (typeFilter.get() == null || item.type() == typeFilter.get())
                && (regionFilter.get() == null || item.bodyRegions().contains(regionFilter.get()))
                && (positionFilter.get() == null || item instanceof Exercise e && e.position() == positionFilter.get())
                && (equipmentFilter.get() == null || item instanceof Exercise e && e.equipment().contains(equipmentFilter.get()));
        results.setAll(library.search().search(query.get(), filter).stream().map(LibrarySearch.Hit::item).toList());
    }
}
