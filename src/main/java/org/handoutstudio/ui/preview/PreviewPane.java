package org.handoutstudio.ui.preview;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.handoutstudio.layout.Page;
import org.handoutstudio.layout.PageList;

/**
 * The live preview: each page of the current PageList on a Canvas of its own (one huge canvas
 * would exceed texture limits), stacked and fitted to the width.
 */
public final class PreviewPane extends ScrollPane {

    private static final double GAP = 16;
    /** Zoom: a fraction (1.0 = 100%) or one of the fit modes. */
    public static final double FIT_WIDTH = -1;
    public static final double FIT_PAGE = -2;
    private final ObjectProperty<PageList> pages = new SimpleObjectProperty<>();
    private final DoubleProperty zoom = new SimpleDoubleProperty(FIT_WIDTH);
    private final VBox stack = new VBox(GAP);
    private final List<Page> painted = new ArrayList<>();
    private double paintedScale;
    private double paintedWidth;

    public PreviewPane() {
        setId("preview");
        getStyleClass().add("preview");
        stack.setPadding(new Insets(GAP));
        stack.setAlignment(Pos.TOP_CENTER);
        stack.getStyleClass().add("preview-stack");
        setContent(stack);
        setFitToWidth(true);
        pages.addListener((observable, before, after) -> repaint());
        zoom.addListener((observable, before, after) -> repaint());
        viewportBoundsProperty().addListener((observable, before, after) -> {
            if (before.getWidth() != after.getWidth()) {
                repaint();
            }
        });
    }

    public ObjectProperty<PageList> pagesProperty() {
        return pages;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Pixels per point for the current zoom. */
    public double scale() {
        PageList list = pages.get();
        if (list == null) {
            return 1;
        }
        double width = Math.max(200, getViewportBounds().getWidth() - 2 * GAP);
        double height = Math.max(200, getViewportBounds().getHeight() - 2 * GAP);
        if (zoom.get() == FIT_WIDTH) {
            return width / list.pageWidth();
        }
        if (zoom.get() == FIT_PAGE) {
            return Math.min(width / list.pageWidth(), height / list.pageHeight());
        }
        return zoom.get() * 96 / 72;
    }

    /** Scrolls so that point {@code y} of page {@code index} (from 0) is at the top. */
    public void scrollTo(int index, double y) {
        PageList list = pages.get();
        if (list == null || index < 0 || index >= list.pages().size()) {
            return;
        }
        double scale = scale();
        double top = GAP + index * (list.pageHeight() * scale + GAP) + Math.max(0, y - 24) * scale;
        double total = stack.getHeight() - getViewportBounds().getHeight();
        setVvalue(total <= 0 ? 0 : Math.min(1, top / total));
    }

    /** The page (from 0) at the top of the view. */
    public int currentPage() {
        PageList list = pages.get();
        if (list == null) {
            return 0;
        }
        double total = Math.max(0, stack.getHeight() - getViewportBounds().getHeight());
        double top = getVvalue() * total;
        double pageStep = list.pageHeight() * scale() + GAP;
        return (int) Math.max(0, Math.min(list.pages().size() - 1, Math.floor((top + pageStep / 3) / pageStep)));
    }

    /** The canvases, one per page, in order. */
    public List<Canvas> pageCanvases() {
        List<Canvas> canvases = new ArrayList<>();
        stack.getChildren().forEach(node -> canvases.add((Canvas) node));
        return canvases;
    }

    /**
     * Repaints only what changed: an edit usually alters one or two pages of many, and painting a
     * page is the slow part of showing an edit. Canvases are reused between layouts.
     */
    private void repaint() {
        PageList list = pages.get();
        if (list == null) {
            stack.getChildren().clear();
            painted.clear();
            return;
        }
        double scale = scale();
        boolean rescaled = scale != paintedScale || list.pageWidth() != paintedWidth;
        paintedScale = scale;
        paintedWidth = list.pageWidth();
        List<Canvas> canvases = pageCanvases();
        for (int i = 0; i < list.pages().size(); i++) {
            Page page = list.pages().get(i);
            Canvas canvas;
            if (i < canvases.size()) {
                canvas = canvases.get(i);
                if (!rescaled && i < painted.size() && PageItems.sameLook(painted.get(i), page)) {
                    continue;
                }
            } else {
                canvas = new Canvas();
                canvas.getStyleClass().add("preview-page");
                canvas.setId("previewPage" + (i + 1));
                stack.getChildren().add(canvas);
            }
            canvas.setWidth(list.pageWidth() * scale);
            canvas.setHeight(list.pageHeight() * scale);
            FxPagePainter.paint(canvas.getGraphicsContext2D(), page, list.pageWidth(), list.pageHeight(), 0, 0, scale);
        }
        if (stack.getChildren().size() > list.pages().size()) {
            stack.getChildren().remove(list.pages().size(), stack.getChildren().size());
        }
        painted.clear();
        painted.addAll(list.pages());
    }
}
