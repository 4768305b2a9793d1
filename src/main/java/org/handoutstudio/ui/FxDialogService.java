package org.handoutstudio.ui;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.UserTemplates;

/** The window's dialogs: file choosers, questions as alerts, and a notification when a PDF is written. */
class FxDialogService implements DialogService {

    private final Node anchor;

    /** Dialogs belong to the window {@code anchor} is in (looked up each time, so it may be shown later). */
    FxDialogService(Node anchor) {
        this.anchor = anchor;
    }

    private Window owner() {
        return anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }

    @Override
    public Optional<Path> chooseHandoutToOpen() {
        FileChooser chooser = handoutChooser(Messages.get("menu.open"));
        return toPath(chooser.showOpenDialog(owner()));
    }

    @Override
    public Optional<Path> chooseHandoutToSave(String suggestedName) {
        FileChooser chooser = handoutChooser(Messages.get("menu.saveAs"));
        chooser.setInitialFileName(suggestedName);
        return toPath(chooser.showSaveDialog(owner()));
    }

    @Override
    public Optional<Path> choosePdfToExport(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("menu.export"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.pdf"), "*.pdf"));
        return toPath(chooser.showSaveDialog(owner()));
    }

    private static FileChooser handoutChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.handouts"),
                "*" + HandoutFiles.EXTENSION));
        return chooser;
    }

    private static Optional<Path> toPath(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Optional<Template>> chooseTemplate(List<UserTemplates.Entry> templates, SharingModel sharing) {
        return TemplateChooser.choose(owner(), templates, sharing);
    }

    @Override
    public Optional<Path> choosePackToExport(String suggestedName) {
        FileChooser chooser = packChooser(Messages.get("pack.export.title"));
        chooser.setInitialFileName(suggestedName);
        return toPath(chooser.showSaveDialog(owner()));
    }

    @Override
    public Optional<Path> choosePackToImport() {
        return toPath(packChooser(Messages.get("pack.import.title")).showOpenDialog(owner()));
    }

    private static FileChooser packChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.packs"), "*.zip"));
        return chooser;
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges() {
        ButtonType save = new ButtonType(Messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("unsaved.text"), save, discard, ButtonType.CANCEL);
        alert.setHeaderText(Messages.get("unsaved.header"));
        alert.initOwner(owner());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    @Override
    public MissingSafetyNettingChoice askAboutMissingSafetyNetting() {
        Alert alert = new Alert(Alert.AlertType.WARNING, Messages.get("export.noSafety.text"),
                new ButtonType(Messages.get("export.noSafety.add"), ButtonBar.ButtonData.NO),
                new ButtonType(Messages.get("export.noSafety.continue"), ButtonBar.ButtonData.YES));
        alert.initOwner(owner());
        alert.setHeaderText(Messages.get("export.noSafety.header"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty()) {
            return MissingSafetyNettingChoice.CANCEL;
        }
        return answer.get().getButtonData() == ButtonBar.ButtonData.NO ? MissingSafetyNettingChoice.ADD_SAFETY_NETTING
                : MissingSafetyNettingChoice.EXPORT_ANYWAY;
    }

    @Override
    public void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setHeaderText(null);
        alert.initOwner(owner());
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
    }

    @Override
    public void showExported(Path pdf) {
        Button open = new Button(Messages.get("export.open"));
        open.setOnAction(event -> openExternally(pdf.toFile()));
        Button folder = new Button(Messages.get("export.folder"));
        folder.setOnAction(event -> openExternally(pdf.toAbsolutePath().getParent().toFile()));
        Notifications.create().title(Messages.get("export.done")).text(pdf.getFileName().toString())
                .graphic(new HBox(8, open, folder)).owner(owner()).hideAfter(Duration.seconds(8)).show();
    }

    private static void openExternally(File file) {
        new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported()) {
                    Desktop.getDesktop().open(file);
                }
            } catch (Exception e) {
                // The file is written; failing to open a viewer is not worth an error.
            }
        }, "open-file").start();
    }
}
