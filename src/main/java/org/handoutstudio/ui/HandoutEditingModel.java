package org.handoutstudio.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.handoutstudio.handout.ClinicalChecks;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.io.Problem;
import org.handoutstudio.io.Problems;
import org.handoutstudio.layout.Printability;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.SafetyNetting;
import org.handoutstudio.library.TextBlock;

/**
 * Editing the handout: every change is an undoable step of the {@link HandoutDocument}, and the
 * hints a clinician should see (a long programme, no safety-netting, content overdue for review,
 * text that cannot be printed) follow each change.
 */
public final class HandoutEditingModel {

    /** More exercises than this and patients do fewer of them. */
    public static final int MANY_EXERCISES = 10;

    private final LiveLibrary library;
    private final Clock clock;
    private final HandoutDocument document = new HandoutDocument(Handout.blank(Messages.get("handout.defaultTitle")));
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    /** From the latest background check of the text; shown among the hints. */
    private List<Printability.Issue> printIssues = List.of();

    HandoutEditingModel(LiveLibrary library, Clock clock) {
        this.library = library;
        this.clock = clock;
        document.handoutProperty().addListener((o, a, b) -> refreshHints());
        library.property().addListener((o, a, b) -> refreshHints());
        refreshHints();
    }

    public HandoutDocument document() {
        return document;
    }

    public ReadOnlyObjectProperty<Handout> handoutProperty() {
        return document.handoutProperty();
    }

    public Library library() {
        return library.get();
    }

    // ---- commands ----------------------------------------------------------------------------------

    /** Inserts a library item at {@code position} (0 is the top; past the end appends); returns its index. */
    public int insert(LibraryItem item, int position) {
        int index = Math.max(0, Math.min(position, document.get().items().size()));
        changeItems(items -> items.add(Math.min(index, items.size()), HandoutItem.of(item.id())));
        return index;
    }

    /** Adds a library item at the end of the handout; returns its index. */
    public int add(LibraryItem item) {
        return insert(item, Integer.MAX_VALUE);
    }

    public void addFreeText(String heading, String text) {
        changeItems(items -> items.add(HandoutItem.freeText(heading, List.of(new TextBlock.Paragraph(text)))));
    }

    public void remove(int index) {
        changeItems(items -> items.remove(index));
    }

    /** Moves an item from one position to another (drag and drop, Alt+Up/Down). */
    public void move(int from, int to) {
        int size = document.get().items().size();
        if (from < 0 || from >= size || to < 0 || to >= size || from == to) {
            return;
        }
        changeItems(items -> items.add(to, items.remove(from)));
    }

    public void duplicate(int index) {
        changeItems(items -> items.add(index + 1, items.get(index)));
    }

    public void setTitle(String title) {
        document.apply("title", handout -> handout.withTitle(title));
    }

    public void setPatient(PatientDetails patient) {
        document.apply("patient", handout -> handout.withPatient(patient));
    }

    public void setDosage(int index, Dosage dosage) {
        changeItem("dosage" + index, index, item -> item.withDosage(dosage));
    }

    public void setNote(int index, String note) {
        changeItem("note" + index, index, item -> item.withNote(note == null || note.isBlank() ? null : note));
    }

    /** How exercise cards print: in full, two or three to a page. */
    public void setLayout(ExerciseLayout layout) {
        document.apply(null, handout -> handout.withPrintOptions(layout, handout.diary(), handout.diaryWeeks(),
                handout.inkSaver()));
    }

    /** Adds or removes the exercise plan and diary page, with {@code weeks} weeks of it. */
    public void setDiary(boolean diary, int weeks) {
        document.apply(null, handout -> handout.withPrintOptions(handout.layout(), diary ? Boolean.TRUE : null,
                diary ? weeks : null, handout.inkSaver()));
    }

    public void setInkSaver(boolean inkSaver) {
        document.apply(null, handout -> handout.withPrintOptions(handout.layout(), handout.diary(), handout.diaryWeeks(),
                inkSaver ? Boolean.TRUE : null));
    }

    /** The practice web page printed at the end as a QR code; blank for none. */
    public void setMoreInfoUrl(String url) {
        document.apply("moreInfoUrl", handout -> handout.withMoreInfoUrl(url == null || url.isBlank() ? null : url.strip()));
    }

    /** The practice's video of the exercise at {@code index}, for this handout; blank for the library's. */
    public void setVideoUrl(int index, String url) {
        changeItem("video" + index, index, item -> item.withVideoUrl(url == null || url.isBlank() ? null : url.strip()));
    }

    public void setTextOverride(int index, List<TextBlock> blocks) {
        changeItem("text" + index, index, item -> item.withTextOverride(blocks));
    }

    private interface ItemsChange {
        void apply(List<HandoutItem> items);
    }

    private void changeItems(ItemsChange change) {
        document.apply(null, handout -> {
            List<HandoutItem> items = new ArrayList<>(handout.items());
            change.apply(items);
            return handout.withItems(items);
        });
    }

    private void changeItem(String key, int index, UnaryOperator<HandoutItem> change) {
        document.apply(key, handout -> handout.withItem(index, change.apply(handout.items().get(index))));
    }

    // ---- what is in the handout --------------------------------------------------------------------

    public boolean isInHandout(LibraryItem item) {
        return document.get().items().stream().anyMatch(entry -> item.id().equals(entry.ref()));
    }

    /** The library item behind a handout entry, if any. */
    public Optional<LibraryItem> itemOf(HandoutItem entry) {
        return entry.isFreeText() ? Optional.empty() : library.get().find(entry.ref());
    }

    /** A display name for a handout entry. */
    public String labelOf(HandoutItem item) {
        if (item.isFreeText()) {
            return Messages.format("label.freeText", item.heading());
        }
        return library.get().find(item.ref()).map(found -> Messages.format("label.item", Messages.label(found.type()), found.title()))
                .orElse(Messages.format("label.missing", item.ref()));
    }

    /** True when the handout has exercises but no safety-netting: export asks first. */
    public boolean lacksSafetyNetting() {
        List<LibraryItem> items = libraryItems();
        return items.stream().anyMatch(Exercise.class::isInstance) && items.stream().noneMatch(SafetyNetting.class::isInstance);
    }

    private List<LibraryItem> libraryItems() {
        return document.get().items().stream().map(this::itemOf).flatMap(Optional::stream).toList();
    }

    // ---- hints -------------------------------------------------------------------------------------

    public ObservableList<String> hints() {
        return hints;
    }

    /** The latest check of the handout's text; its issues join the hints when they change. */
    void printIssues(List<Printability.Issue> issues) {
        if (!issues.equals(printIssues)) {
            printIssues = issues;
            refreshHints();
        }
    }

    private void refreshHints() {
        List<String> found = new ArrayList<>();
        List<LibraryItem> items = libraryItems();
        long exercises = items.stream().filter(Exercise.class::isInstance).count();
        if (exercises > MANY_EXERCISES) {
            found.add(Messages.format("hint.manyExercises", exercises));
        }
        if (lacksSafetyNetting()) {
            found.add(Messages.get("hint.noSafetyNetting"));
        }
        LocalDate today = LocalDate.now(clock);
        items.stream().filter(item -> item.provenance() != null && item.provenance().isOverdue(today))
                .forEach(item -> found.add(Messages.format("hint.reviewOverdue", item.title(),
                        Messages.date(item.provenance().nextReview()))));
        Handout handout = document.get();
        Problems problems = new Problems("handout");
        handout.validate(problems, library.get());
        for (Problem problem : problems.list()) {
            // A value that would not open again (a web address that may not be printed, say), named by its field.
            found.add(Messages.format("hint.invalid", problem.path(), problem.message()));
        }
        if (Boolean.TRUE.equals(handout.diary()) && exercises == 0) {
            found.add(Messages.get("hint.diaryWithoutExercises"));
        }
        for (ClinicalChecks.Warning warning : ClinicalChecks.check(handout, library.get())) {
            found.add(Messages.format("hint.clinical", warning.message()));
        }
        for (Printability.Issue issue : printIssues) {
            found.add(Messages.format("hint.unprintable", issue.describe()));
        }
        hints.setAll(found);
    }
}
