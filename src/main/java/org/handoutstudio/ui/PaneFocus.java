package org.handoutstudio.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * F6 and Shift+F6: move the keyboard focus to the next or previous of the window's panes
 * (library, handout, preview), back to where it was in that pane, or to the pane's first stop
 * (the search field, the handout's items, the pages).
 */
final class PaneFocus {

    private final List<Node> panes;
    private final List<Runnable> firstStops;
    private final List<Node> lastFocused = new ArrayList<>();

    PaneFocus(Parent root, List<Node> panes, List<Runnable> firstStops) {
        this.panes = List.copyOf(panes);
        this.firstStops = List.copyOf(firstStops);
        panes.forEach(pane -> lastFocused.add(null));
        root.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((p, was, now) -> remember(now));
            }
        });
    }

    private void remember(Node focused) {
        int pane = paneOf(focused);
        if (pane >= 0) {
            lastFocused.set(pane, focused);
        }
    }

    /** The pane holding {@code node}, or -1. */
    int paneOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            int index = panes.indexOf(at);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    /** Moves to the pane {@code step} along (1 next, -1 previous), going round. */
    void move(int step) {
        Node owner = panes.get(0).getScene() == null ? null : panes.get(0).getScene().getFocusOwner();
        int current = paneOf(owner);
        int next = current < 0 ? (step > 0 ? 0 : panes.size() - 1) : Math.floorMod(current + step, panes.size());
        Node back = lastFocused.get(next);
        if (back != null && back.getScene() == panes.get(next).getScene() && back.isVisible() && !back.isDisabled()
                && paneOf(back) == next && back.isFocusTraversable()) {
            back.requestFocus();
        } else {
            firstStops.get(next).run();
        }
    }
}
