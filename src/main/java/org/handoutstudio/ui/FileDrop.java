package org.handoutstudio.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.handoutstudio.handout.HandoutFiles;

/**
 * Files dropped from the desktop: a handout onto the main window opens it (asking about unsaved
 * changes first, as File, Open does); a PNG or JPEG onto the branding dialog becomes the logo.
 * The target is outlined while a file it takes is over it.
 */
final class FileDrop {

    private static final PseudoClass FILE_OVER = PseudoClass.getPseudoClass("file-over");

    private FileDrop() {
    }

    static boolean isHandout(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(HandoutFiles.EXTENSION);
    }

    static boolean isImage(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }

    /** A handout file dropped on {@code target} opens through {@code files}. */
    static void openHandouts(Node target, FileActions files) {
        accept(target, FileDrop::isHandout, files::openRecent);
    }

    /** An image dropped on {@code target} goes to {@code use}. */
    static void images(Node target, Consumer<Path> use) {
        accept(target, FileDrop::isImage, use);
    }

    private static void accept(Node target, Predicate<Path> takes, Consumer<Path> use) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (first(event.getDragboard(), takes).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
                target.pseudoClassStateChanged(FILE_OVER, true);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, event -> target.pseudoClassStateChanged(FILE_OVER, false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<Path> file = first(event.getDragboard(), takes);
            if (file.isPresent()) {
                target.pseudoClassStateChanged(FILE_OVER, false);
                event.setDropCompleted(true);
                event.consume();
                // After the drop has finished: opening may first ask about unsaved changes.
                Platform.runLater(() -> use.accept(file.get()));
            }
        });
    }

    private static Optional<Path> first(Dragboard board, Predicate<Path> takes) {
        if (!board.hasFiles()) {
            return Optional.empty();
        }
        return board.getFiles().stream().map(File::toPath).filter(takes).findFirst();
    }
}
