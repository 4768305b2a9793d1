package org.handoutstudio.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutReadability;
import org.handoutstudio.layout.PageList;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Readability;

/**
 * The figures in the status bar: how many pages the handout prints on, how many exercises it has
 * (and whether that is more than most patients manage), and how easy its words are to read, with
 * the hardest item named. The reading level is worked out by the core
 * ({@link HandoutReadability}) on the task executor, for the latest handout only.
 */
public final class StatusBarModel {

    private final LiveLibrary library;
    /** Replaced when the library is (its scores of items are remembered); read on the executor's thread. */
    private volatile HandoutReadability scorer;
    private final ReadOnlyStringWrapper pages = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exercises = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper manyExercises = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper reading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readingDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Readability.Level> level = new ReadOnlyObjectWrapper<>();
    private final LatestOnly<Handout, HandoutReadability.Result> readability;

    StatusBarModel(LiveLibrary library, TaskExecutor executor, HandoutEditingModel editing, PreviewModel preview) {
        this.library = library;
        this.scorer = new HandoutReadability(library.get()); // used on the executor's one thread
        this.readability = new LatestOnly<>(executor, handout -> scorer.score(handout), this::showReading,
                failure -> reading.set(""));
        library.property().addListener((o, a, replaced) -> {
            scorer = new HandoutReadability(replaced);
            handoutChanged(editing.handoutProperty().get());
        });
        preview.pagesProperty().addListener((o, a, b) -> showPages(b));
        showPages(preview.pagesProperty().get());
        editing.handoutProperty().addListener((o, a, b) -> handoutChanged(b));
        handoutChanged(editing.handoutProperty().get());
    }

    private void handoutChanged(Handout handout) {
        long count = handout.items().stream().filter(item -> !item.isFreeText())
                .map(item -> library.get().find(item.ref())).filter(found -> found.isPresent() && found.get() instanceof Exercise)
                .count();
        manyExercises.set(count > HandoutEditingModel.MANY_EXERCISES);
        exercises.set(Messages.format(manyExercises.get() ? "statusbar.exercises.many" : "statusbar.exercises", count,
                HandoutEditingModel.MANY_EXERCISES));
        readability.submit(handout);
    }

    private void showPages(PageList list) {
        pages.set(list == null ? "" : Messages.format("statusbar.pages", list.pages().size()));
    }

    private void showReading(HandoutReadability.Result result) {
        if (result.isEmpty()) {
            level.set(null);
            reading.set("");
            readingDetail.set("");
            return;
        }
        Readability.Level now = result.level();
        level.set(now);
        String word = Messages.get(switch (now) {
            case EASY -> "statusbar.level.easy";
            case FAIRLY_EASY -> "statusbar.level.fairlyEasy";
            case HARD -> "statusbar.level.hard";
        });
        String hardest = result.hardest().map(item -> Messages.format("statusbar.hardest", item.title(),
                Math.round(item.fleschReadingEase()))).orElse("");
        reading.set(Messages.format("statusbar.reading", Math.round(result.fleschReadingEase()), word) + hardest);
        readingDetail.set(Messages.format("statusbar.reading.help", Math.round(result.fleschReadingEase()), word,
                Math.round(Readability.PLAIN_ENGLISH)) + hardest);
    }

    /** "3 pages". */
    public ReadOnlyStringProperty pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    /** "8 exercises", or with more than ten, a word that it is a lot. */
    public ReadOnlyStringProperty exercisesProperty() {
        return exercises.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty manyExercisesProperty() {
        return manyExercises.getReadOnlyProperty();
    }

    /** "Reading ease 72, fairly easy; hardest: Bridge (58)"; empty before the first result. */
    public ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The same for screen readers and the tooltip, with what the number means. */
    public ReadOnlyStringProperty readingDetailProperty() {
        return readingDetail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Readability.Level> levelProperty() {
        return level.getReadOnlyProperty();
    }
}
