package org.handoutstudio.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.handoutstudio.handout.Handout;

/**
 * The handout being edited, its file, and its history. Every change goes through
 * {@link #apply}, which records the snapshot before and after: the Handout is immutable, so
 * undo and redo are exact. Consecutive edits with the same key (typing in one field) merge into
 * one step.
 */
public final class HandoutDocument {

    static final int MAX_HISTORY = 200;

    private record Edit(String key, Handout before, Handout after) { }

    private final ReadOnlyObjectWrapper<Handout> handout = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private Handout saved;
    private boolean mergeable;
    private boolean unsavedOnLoad;

    public HandoutDocument(Handout initial) {
        load(initial, null);
    }

    /** Replaces the document (New, Open, recovery): history is cleared. */
    public void load(Handout newHandout, Path newFile) {
        unsavedOnLoad = false;
        undo.clear();
        redo.clear();
        saved = newFile == null ? null : newHandout;
        file.set(newFile);
        handout.set(newHandout);
        refresh();
    }

    /** Loads a handout recovered from autosave: it has never been saved, so it starts dirty. */
    public void loadRecovered(Handout recovered) {
        load(recovered, null);
        unsavedOnLoad = true;
        refresh();
    }

    /** Applies a change as one undoable step. {@code key} merges consecutive edits of one field. */
    public void apply(String key, UnaryOperator<Handout> change) {
        Handout before = handout.get();
        Handout after = change.apply(before);
        if (after == null || after.equals(before)) {
            return;
        }
        Edit last = undo.peek();
        if (mergeable && last != null && key != null && key.equals(last.key())) {
            undo.pop();
            undo.push(new Edit(key, last.before(), after));
        } else {
            undo.push(new Edit(key, before, after));
            if (undo.size() > MAX_HISTORY) {
                undo.removeLast();
            }
        }
        mergeable = key != null;
        redo.clear();
        handout.set(after);
        refresh();
    }

    /** Ends merging: the next edit is its own step even with the same key (focus left the field). */
    public void endMerge() {
        mergeable = false;
    }

    public void undo() {
        Edit edit = undo.poll();
        if (edit != null) {
            redo.push(edit);
            mergeable = false;
            handout.set(edit.before());
            refresh();
        }
    }

    public void redo() {
        Edit edit = redo.poll();
        if (edit != null) {
            undo.push(edit);
            mergeable = false;
            handout.set(edit.after());
            refresh();
        }
    }

    public void markSaved(Path savedTo) {
        unsavedOnLoad = false;
        saved = handout.get();
        file.set(savedTo);
        refresh();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        dirty.set(unsavedOnLoad || (saved == null ? !undo.isEmpty() : !handout.get().equals(saved)));
    }

    public Handout get() {
        return handout.get();
    }

    public ReadOnlyObjectProperty<Handout> handoutProperty() {
        return handout.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
