package org.handoutstudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.app.Workspace;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.Template;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.ui.EditorApp;
import org.handoutstudio.ui.EditorViewModel;
import org.handoutstudio.ui.FxTaskExecutor;

/**
 * The editor's memory: resident size once the largest bundled template is open and previewed,
 * after 200 edits (the undo history is then full), and after 1,200; and the live heap after a
 * full collection at 200 and at 1,200 edits. Each edit changes one exercise's dosage (cycling
 * through the exercises, so the history holds distinct steps) and waits for the preview's new
 * pages. Exits 1 if the live heap grew by more than 2 MB between edit 200 and edit 1,200: a
 * leak. Run under a display with the packaged JVM options; see {@code bench/memory.sh}.
 */
public class MemoryProbe extends Application {

    static final int FULL_HISTORY = 200;
    static final int LAST = 1_200;
    static final long ALLOWED_GROWTH = 2L << 20;

    private EditorViewModel model;
    private final List<Integer> exercises = new ArrayList<>();
    private int edit;
    private boolean opened;
    private long heapAtFullHistory;

    public static final class Main {
        public static void main(String[] args) {
            Application.launch(MemoryProbe.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Workspace workspace = Workspace.load(new AppFolders(Path.of(System.getProperty("java.io.tmpdir"),
                "handout-studio-memory-probe")));
        model = new EditorViewModel(workspace, new FxTaskExecutor(), Clock.systemDefaultZone());
        EditorApp.show(stage, model);
        Template largest = Templates.bundled().stream().max(Comparator.comparingInt(t -> t.items().size())).orElseThrow();
        model.files().newHandout(largest);
        List<HandoutItem> items = model.editing().document().get().items();
        for (int i = 0; i < items.size(); i++) {
            String ref = items.get(i).ref();
            if (ref != null && workspace.library().find(ref).orElse(null) instanceof Exercise) {
                exercises.add(i);
            }
        }
        System.out.printf("template %s: %d items, %d exercises%n", largest.id(), items.size(), exercises.size());
        model.preview().pagesProperty().addListener((observable, before, after) -> Platform.runLater(this::next));
    }

    private void next() {
        if (!opened) {
            opened = true;
            report("opened");
        } else if (edit == FULL_HISTORY) {
            heapAtFullHistory = report(FULL_HISTORY + " edits");
        } else if (edit == LAST) {
            long growth = report(LAST + " edits") - heapAtFullHistory;
            System.out.printf("live heap growth from edit %d to %d: %+.1f MB (allowed %.0f MB)%n", FULL_HISTORY, LAST,
                    growth / 1048576.0, ALLOWED_GROWTH / 1048576.0);
            Platform.exit();
            System.exit(growth > ALLOWED_GROWTH ? 1 : 0);
            return;
        }
        edit++;
        int index = exercises.get(edit % exercises.size());
        model.editing().setDosage(index, new Dosage(3 + edit % 11, 1 + edit % 3, null, null, null, null, null, null, null, null));
    }

    /** Prints resident size and live heap; returns the live heap in bytes. */
    private static long report(String when) {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("%-11s resident %5.0f MB, live heap %5.1f MB%n", when + ":", residentBytes() / 1048576.0, heap / 1048576.0);
        return heap;
    }

    private static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: resident size is not reported.
        }
        return 0;
    }
}
