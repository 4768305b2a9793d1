package org.handoutstudio.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.handoutstudio.Launcher;

/**
 * Starts the editor through the app's own entry point, in a process of its own, and drives it
 * for the crash test ({@code it.CrashRecoveryIT}), which kills this process with SIGKILL.
 *
 * <p>{@code work FILE}: opens FILE, then edits its title ("Edit 1", "Edit 2", ...), autosaving
 * and saving after each edit and printing "autosaving N" and "saved N" as it goes, until killed.
 * {@code recover}: starts the editor on its own, answers the recovery prompt with Recover if one
 * appears, and prints "prompt: yes|no" and the title the editor then shows.
 */
public final class CrashDriver {

    private CrashDriver() {
    }

    public static void main(String[] args) throws Exception {
        boolean work = args[0].equals("work");
        Thread app = new Thread(() -> Launcher.main(work ? new String[] {args[1]} : new String[0]), "editor");
        app.setDaemon(true);
        app.start();
        MainView view = waitFor(() -> Window.getWindows().stream().filter(window -> window.getScene() != null
                && window.getScene().getRoot() instanceof MainView).map(window -> (MainView) window.getScene().getRoot())
                .findFirst());
        if (work) {
            work(view, Path.of(args[1]));
        } else {
            recover(view);
        }
    }

    private static void work(MainView view, Path file) throws Exception {
        EditorViewModel model = view.model();
        waitFor(() -> Optional.ofNullable(model.editing().document().fileProperty().get()).filter(file::equals));
        for (int edit = 1; ; edit++) {
            int number = edit;
            CountDownLatch saved = new CountDownLatch(1);
            Platform.runLater(() -> {
                model.editing().setTitle("Edit " + number);
                say("autosaving " + number);
                model.files().autosave();
                model.files().save(file, problem -> say("error " + problem), () -> {
                    say("saved " + number);
                    saved.countDown();
                });
            });
            if (!saved.await(60, TimeUnit.SECONDS)) {
                throw new TimeoutException("save " + number + " never finished");
            }
        }
    }

    private static void recover(MainView view) throws Exception {
        Optional<DialogPane> prompt;
        try {
            prompt = Optional.of(waitFor(() -> Window.getWindows().stream()
                    .filter(window -> window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane
                            && Messages.get("recovery.header").equals(pane.getHeaderText()))
                    .map(window -> (DialogPane) window.getScene().getRoot()).findFirst(), 6));
        } catch (TimeoutException none) {
            prompt = Optional.empty();
        }
        say("prompt: " + (prompt.isPresent() ? "yes" : "no"));
        prompt.ifPresent(pane -> Platform.runLater(() -> pane.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonType.YES.getButtonData())
                .map(type -> (Button) pane.lookupButton(type)).findFirst().orElseThrow().fire()));
        String title = onFx(() -> view.model().editing().handoutProperty().get().title());
        if (prompt.isPresent()) {
            title = waitFor(() -> Optional.of(view.model().editing().handoutProperty().get().title())
                    .filter(shown -> shown.startsWith("Edit ")), 10);
        }
        say("title: " + title);
        System.exit(0);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static <T> T waitFor(Supplier<Optional<T>> found) throws Exception {
        return waitFor(found, 60);
    }

    /** Polls {@code found} on the FX thread (once JavaFX has started) until it finds something. */
    private static <T> T waitFor(Supplier<Optional<T>> found, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                Optional<T> result = onFx(found);
                if (result.isPresent()) {
                    return result.get();
                }
            } catch (IllegalStateException notStarted) {
                // JavaFX is still starting.
            }
            Thread.sleep(50);
        }
        throw new TimeoutException("not found within " + seconds + " s");
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
