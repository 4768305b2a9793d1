package org.handoutstudio.ui.preview;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.handoutstudio.layout.PageList;

/**
 * The live preview: each page of the current PageList on a Canvas of its own (one huge canvas
 * would exceed texture limits), stacked and fitted to the width.
 */
public final class PreviewPane extends ScrollPane {

    private static final double GAP = 16;
    private final ObjectProperty<PageList> pages = new SimpleObjectProperty<>();
    private final VBox stack = new VBox(GAP);

    public PreviewPane() {
        setId("preview");
        getStyleClass().add("preview");
        stack.setPadding(new Insets(GAP));
        stack.setAlignment(Pos.TOP_CENTER);
        stack.getStyleClass().add("preview-stack");
        setContent(stack);
        setFitToWidth(true);
        pages.addListener((observable, before, after) -> repaint());
        viewportBoundsProperty().addListener((observable, before, after) -> {
            if (before.getWidth() != after.getWidth()) {
                repaint();
            }
        });
    }

    public ObjectProperty<PageList> pagesProperty() {
        return pages;
    }

    /** Pixels per point at the current width ("fit width"). */
    public double scale() {
        PageList list = pages.get();
        double available = Math.max(200, getViewportBounds().getWidth() - 2 * GAP);
        return list == null ? 1 : available / list.pageWidth();
    }

    /** The canvases, one per page, in order. */
    public List<Canvas> pageCanvases() {
        List<Canvas> canvases = new ArrayList<>();
        stack.getChildren().forEach(node -> canvases.add((Canvas) node));
        return canvases;
    }

    private void repaint() {
        PageList list = pages.get();
        if (list == null) {
            stack.getChildren().clear();
            return;
        }
        double scale = scale();
        List<Canvas> canvases = new ArrayList<>();
        for (int i = 0; i < list.pages().size(); i++) {
            Canvas canvas = new Canvas(list.pageWidth() * scale, list.pageHeight() * scale);
            canvas.getStyleClass().add("preview-page");
            canvas.setId("previewPage" + (i + 1));
            FxPagePainter.paint(canvas.getGraphicsContext2D(), list.pages().get(i), list.pageWidth(),
                    list.pageHeight(), 0, 0, scale);
            canvases.add(canvas);
        }
        stack.getChildren().setAll(canvases);
    }
}
