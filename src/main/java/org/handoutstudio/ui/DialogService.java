package org.handoutstudio.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.UserTemplates;

/**
 * Every question the editor asks the user and every message it shows, behind one interface:
 * the window implements it with file choosers and alerts, tests with answers of their own, so
 * the open, save, export and unsaved-changes flows run headless.
 */
public interface DialogService {

    /** The answer to "save your changes first?". */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** The answer to "export a programme without safety-netting?". */
    enum MissingSafetyNettingChoice { ADD_SAFETY_NETTING, EXPORT_ANYWAY, CANCEL }

    /** A handout file to open; empty when cancelled. */
    Optional<Path> chooseHandoutToOpen();

    /** Where to save the handout, starting from {@code suggestedName}; empty when cancelled. */
    Optional<Path> chooseHandoutToSave(String suggestedName);

    /** Where to write the PDF, starting from {@code suggestedName}; empty when cancelled. */
    Optional<Path> choosePdfToExport(String suggestedName);

    /**
     * A template to start from: empty when cancelled; an empty template means a blank handout.
     * The clinician's and the practice's own templates can be renamed and deleted there, through {@code sharing}.
     */
    Optional<Optional<Template>> chooseTemplate(List<UserTemplates.Entry> templates, SharingModel sharing);

    /** Where to write a library pack; empty when cancelled. */
    Optional<Path> choosePackToExport(String suggestedName);

    /** A library pack to import; empty when cancelled. */
    Optional<Path> choosePackToImport();

    UnsavedChoice askAboutUnsavedChanges();

    MissingSafetyNettingChoice askAboutMissingSafetyNetting();

    void showError(String message);

    /** Tells the user the PDF is written, with ways to open it or its folder. */
    void showExported(Path pdf);
}
