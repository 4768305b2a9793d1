package org.handoutstudio.ui;

import java.time.Clock;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.Settings;
import org.handoutstudio.library.LibrarySearch;

/**
 * The editor's view models, made and wired together for one window: the library browser,
 * editing the handout (with its hints), the live preview, the handout's files, and the settings,
 * sharing one status line. Each is small and tested without a display.
 */
public final class EditorViewModel {

    private final StatusLine status = new StatusLine();
    private final SettingsModel settings;
    private final LibraryBrowserModel library;
    private final HandoutEditingModel editing;
    private final PreviewModel preview;
    private final DocumentFilesModel files;
    private final LiveLibrary liveLibrary;
    private final LibraryContentModel content;
    private final SharingModel sharing;
    private final StatusBarModel statusBar;

    public EditorViewModel(Workspace workspace, TaskExecutor executor, Clock clock) {
        this(workspace, new LibrarySearch(workspace.library().items()), executor, clock);
    }

    /**
     * With a search index built elsewhere (start-up builds it while JavaFX starts). {@code clock}
     * gives today's date: printed as "produced", the default patient date, and review due dates.
     */
    public EditorViewModel(Workspace workspace, LibrarySearch search, TaskExecutor executor, Clock clock) {
        settings = new SettingsModel(workspace.settings(), workspace.folders(), executor, status);
        liveLibrary = new LiveLibrary(workspace.library(), search);
        library = new LibraryBrowserModel(liveLibrary, workspace.figures(), clock);
        editing = new HandoutEditingModel(liveLibrary, clock);
        preview = new PreviewModel(liveLibrary, workspace.figures(), executor, editing, settings, status, clock);
        files = new DocumentFilesModel(liveLibrary, workspace.figures(), executor, workspace.folders(),
                editing.document(), settings, status, clock);
        content = new LibraryContentModel(workspace.folders(), settings, liveLibrary, workspace.figures(), executor,
                status, clock);
        sharing = new SharingModel(workspace.folders(), settings, liveLibrary, executor, status);
        statusBar = new StatusBarModel(liveLibrary, executor, editing, preview);
        // "Saved", "Opened" and the like describe the file until the next change, then mislead.
        editing.handoutProperty().addListener((o, before, after) -> status.handoutChanged());
    }

    public LibraryBrowserModel library() {
        return library;
    }

    /** Writing, copying and deleting the practice's own items. */
    public LibraryContentModel content() {
        return content;
    }

    /** Library packs and saved templates. */
    public SharingModel sharing() {
        return sharing;
    }

    public HandoutEditingModel editing() {
        return editing;
    }

    public PreviewModel preview() {
        return preview;
    }

    public DocumentFilesModel files() {
        return files;
    }

    public StatusBarModel statusBar() {
        return statusBar;
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings.property();
    }

    /** Writes the settings, e.g. after the branding dialog. */
    public void saveSettings() {
        settings.save();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.property();
    }
}
