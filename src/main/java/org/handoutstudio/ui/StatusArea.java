package org.handoutstudio.ui;

import java.util.function.BooleanSupplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.handoutstudio.library.Readability;

/**
 * The status bar (the last message on the left; pages, exercises and reading level on the
 * right), and above it the clinician's hints. The hints list and the busy indicator are
 * built the first time they have something to show: a new window shows neither, and each would
 * otherwise cost its first frame a skin.
 */
final class StatusArea extends VBox {

    private final EditorViewModel model;

    StatusArea(EditorViewModel model) {
        this.model = model;
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        StatusBarModel figures = model.statusBar();
        Label pages = figure("statusPages", figures.pagesProperty().getValue());
        pages.textProperty().bind(figures.pagesProperty());
        Label exercises = figure("statusExercises", null);
        exercises.textProperty().bind(figures.exercisesProperty());
        figures.manyExercisesProperty().addListener((o, a, many) -> mark(exercises, many ? "warning" : null));
        mark(exercises, figures.manyExercisesProperty().get() ? "warning" : null);
        Label reading = figure("statusReading", null);
        reading.textProperty().bind(figures.readingProperty());
        reading.accessibleHelpProperty().bind(figures.readingDetailProperty());
        figures.levelProperty().addListener((o, a, level) -> mark(reading, level == Readability.Level.HARD ? "danger" : null));
        HBox bar = new HBox(10, status, pages, separator(), exercises, separator(), reading);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        getChildren().add(bar);
        var busy = model.files().busyProperty();
        var hints = model.editing().hints();
        onceWhen(busy, busy::get, () -> bar.getChildren().add(0, progressIndicator()));
        onceWhen(hints, () -> !hints.isEmpty(), () -> getChildren().add(0, hintsList()));
    }

    private static Label figure(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("status-figure");
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    /** Gives a figure the style class {@code level} ("warning", "danger") or neither. */
    private static void mark(Label label, String level) {
        label.getStyleClass().removeAll("warning", "danger");
        if (level != null) {
            label.getStyleClass().add(level);
        }
    }

    /** Runs {@code action} once, the first time {@code condition} holds after {@code source} changes (or now). */
    private static void onceWhen(Observable source, BooleanSupplier condition, Runnable action) {
        if (condition.getAsBoolean()) {
            action.run();
            return;
        }
        source.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                // Reading the condition also revalidates a property, so the next change fires again.
                if (condition.getAsBoolean()) {
                    source.removeListener(this);
                    action.run();
                }
            }
        });
    }

    private ProgressIndicator progressIndicator() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("progress");
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(model.files().busyProperty());
        progress.managedProperty().bind(model.files().busyProperty());
        return progress;
    }

    private static final double HINT_ROW = 36;

    private ListView<String> hintsList() {
        var hintTexts = model.editing().hints();
        ListView<String> hints = new ListView<>(hintTexts);
        hints.setId("hints");
        hints.setAccessibleText(Messages.get("hints.heading"));
        hints.getStyleClass().add("hints");
        // Rows of one height (the theme's own row is taller than it once was), up to four shown at once.
        hints.setFixedCellSize(HINT_ROW);
        Runnable fit = () -> hints.setPrefHeight(Math.min(4, hintTexts.size()) * HINT_ROW + (hintTexts.isEmpty() ? 0 : 4));
        hintTexts.addListener((ListChangeListener<String>) change -> fit.run());
        fit.run();
        return hints;
    }
}
