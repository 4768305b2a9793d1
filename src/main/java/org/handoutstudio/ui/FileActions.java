package org.handoutstudio.ui;

import java.nio.file.Path;
import java.util.List;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.Template;
import org.handoutstudio.library.ItemType;

/**
 * The file flows as the user meets them: New, Open, Open recent, Save, Save as, Export and
 * closing, each asking through the {@link DialogService} and acting through the view models.
 * Unsaved changes are offered for saving first, and a save that runs in the background
 * continues the flow once it is done.
 */
public final class FileActions {

    private final EditorViewModel model;
    private final DialogService dialogs;
    private final Runnable showLibrary;

    /** {@code showLibrary} brings the library browser to the user (after "add safety-netting"). */
    public FileActions(EditorViewModel model, DialogService dialogs, Runnable showLibrary) {
        this.model = model;
        this.dialogs = dialogs;
        this.showLibrary = showLibrary;
    }

    public void newHandout() {
        confirmDiscard(() -> dialogs.chooseTemplate(model.sharing().templates(), model.sharing())
                .ifPresent(choice -> model.files().newHandout(choice.orElse(null))));
    }

    public void open() {
        confirmDiscard(() -> dialogs.chooseHandoutToOpen().ifPresent(this::openFile));
    }

    public void openRecent(Path file) {
        confirmDiscard(() -> openFile(file));
    }

    /** Opens {@code file} now (a file dropped on the window or named on the command line). */
    public void openFile(Path file) {
        model.files().open(file, dialogs::showError);
    }

    public void save(boolean askForName) {
        save(askForName, () -> { });
    }

    /** Saves (asking for a name when needed), then runs {@code afterSaved}; not run if cancelled or failed. */
    void save(boolean askForName, Runnable afterSaved) {
        Path file = model.editing().document().fileProperty().get();
        if (file == null || askForName) {
            file = dialogs.chooseHandoutToSave(model.files().suggestedFileName(HandoutFiles.EXTENSION))
                    .orElse(null);
            if (file == null) {
                return;
            }
        }
        model.files().save(file, dialogs::showError, afterSaved);
    }

    public void export() {
        if (model.editing().lacksSafetyNetting()) {
            switch (dialogs.askAboutMissingSafetyNetting()) {
                case ADD_SAFETY_NETTING -> {
                    model.library().showAll(ItemType.SAFETY_NETTING);
                    showLibrary.run();
                    return;
                }
                case CANCEL -> {
                    return;
                }
                case EXPORT_ANYWAY -> {
                    // go on
                }
            }
        }
        dialogs.choosePdfToExport(model.files().suggestedFileName(".pdf"))
                .ifPresent(file -> model.files().export(file, dialogs::showExported, dialogs::showError));
    }

    /**
     * Runs {@code proceed} when there are no unsaved changes, or once the user has chosen to
     * discard them or they have been saved (saving runs in the background, so it continues there).
     */
    public void confirmDiscard(Runnable proceed) {
        if (!model.editing().document().dirtyProperty().get()) {
            proceed.run();
            return;
        }
        switch (dialogs.askAboutUnsavedChanges()) {
            case SAVE -> save(false, proceed);
            case DISCARD -> {
                model.files().deleteAutosave();
                proceed.run();
            }
            case CANCEL -> {
                // stay
            }
        }
    }
}
