package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The handout's rows change as little as the edit did, so the list restyles only what changed. */
class OutlineRowsTest {

    private final ObservableList<String> rows = FXCollections.observableArrayList("a", "b", "c", "d");
    private final List<String> changes = new ArrayList<>();

    OutlineRowsTest() {
        rows.addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                changes.add(change.getFrom() + ".." + change.getTo() + " " + change.getRemoved() + " -> " + change.getAddedSubList());
            }
        });
    }

    @Test
    void anEditToOneItemReplacesItsRowAlone() {
        OutlinePane.replaceChanged(rows, List.of("a", "B", "c", "d"));
        assertEquals(List.of("a", "B", "c", "d"), rows);
        assertEquals(List.of("1..2 [b] -> [B]"), changes);
    }

    @Test
    void aMoveReplacesTheTwoRowsThatSwapped() {
        OutlinePane.replaceChanged(rows, List.of("a", "c", "b", "d"));
        assertEquals(List.of("a", "c", "b", "d"), rows);
        assertEquals(List.of("1..2 [b] -> [c]", "2..3 [c] -> [b]"), changes);
    }

    @Test
    void nothingChangedChangesNothing() {
        OutlinePane.replaceChanged(rows, List.of("a", "b", "c", "d"));
        assertEquals(List.of(), changes);
    }

    @Test
    void anAddedOrRemovedItemReplacesEveryRowInOneChange() {
        OutlinePane.replaceChanged(rows, List.of("a", "b", "c"));
        assertEquals(List.of("a", "b", "c"), rows);
        assertEquals(List.of("0..3 [a, b, c, d] -> [a, b, c]"), changes);
    }
}
