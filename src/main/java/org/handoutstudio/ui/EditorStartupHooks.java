package org.handoutstudio.ui;

import java.util.concurrent.CompletableFuture;
import org.handoutstudio.library.Library;

/**
 * Where start-up tuning (the {@code startup} package) may join the editor's start. The editor
 * works the same with {@link #NONE}: tuning only moves work to where it costs the first frame
 * least, and measures it.
 */
public interface EditorStartupHooks {

    EditorStartupHooks NONE = new EditorStartupHooks() { };

    /** What tuning may ask of the starting editor. Each method may be called from any thread. */
    interface StartingEditor {
        /** Reads the stylesheets the window needs (once; later windows find them ready). FX thread only. */
        void readStylesheets();

        /** Paints the library's thumbnails, if they were deferred. */
        void showThumbnails();

        /** Closes the editor. */
        void close();
    }

    /** A start-up step was reached: main, library, start, view, shown, frame. */
    default void reached(String step) {
    }

    /** The library is still loading on another thread; called on the FX thread, which may prepare something. */
    default void whileLibraryLoads(CompletableFuture<?> loading, StartingEditor editor) {
    }

    /**
     * True to fill the library's rows in just after the first frame, and to leave their thumbnails
     * blank until the tuning shows them.
     */
    default boolean deferLibrary() {
        return false;
    }

    /** The window's first frame is on screen. */
    default void afterFirstFrame(Library library, StartingEditor editor) {
    }
}
