package org.handoutstudio.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibrarySearch;

/**
 * The library every editor model works from, with its search index. It is replaced as a whole
 * when the clinician saves, deletes or imports items, and the models follow: the browser
 * searches again, the hints and the preview are made again.
 */
public final class LiveLibrary {

    private final ReadOnlyObjectWrapper<Library> library;
    private LibrarySearch search;

    LiveLibrary(Library initial, LibrarySearch search) {
        this.library = new ReadOnlyObjectWrapper<>(initial);
        this.search = search;
    }

    public Library get() {
        return library.get();
    }

    LibrarySearch search() {
        return search;
    }

    public ReadOnlyObjectProperty<Library> property() {
        return library.getReadOnlyProperty();
    }

    /** Replaces the library (on the FX thread); listeners run after the search index is rebuilt. */
    void set(Library replacement) {
        search = new LibrarySearch(replacement.items());
        library.set(replacement);
    }
}
