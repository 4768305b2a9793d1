package org.handoutstudio.ui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.handoutstudio.layout.Page;
import org.handoutstudio.layout.PageList;

/**
 * The live preview: each page of the current PageList on a Canvas of its own (one huge canvas
 * would exceed texture limits), one page or two side by side to a row, fitted to the width or
 * zoomed (Ctrl + mouse wheel). A click on a page reports where it landed, in points.
 */
public final class PreviewPane extends ScrollPane {

    private static final double GAP = 16;
    /** Zoom: a fraction (1.0 = 100%) or one of the fit modes. */
    public static final double FIT_WIDTH = -1;
    public static final double FIT_PAGE = -2;

    /** Where a click on a page landed: the page (from 0) and the point on it, in points from its top-left corner. */
    public record PageClick(int pageIndex, double x, double y) { }

    /** What a page is called for screen readers, from its index (from 0), the page count and the title. */
    public record PageName(int pageIndex, int pageCount, String title) { }

    private final ObjectProperty<PageList> pages = new SimpleObjectProperty<>();
    private final DoubleProperty zoom = new SimpleDoubleProperty(FIT_WIDTH);
    private final BooleanProperty twoPages = new SimpleBooleanProperty(false);
    private final ObjectProperty<Consumer<PageClick>> onPageClicked = new SimpleObjectProperty<>();
    private Function<PageName, String> pageNames = name -> null;
    private final VBox stack = new VBox(GAP);
    private final List<Canvas> canvases = new ArrayList<>();
    private final List<Shown> shown = new ArrayList<>();
    private int arrangedColumns;

    public PreviewPane() {
        setId("preview");
        getStyleClass().add("preview");
        stack.setPadding(new Insets(GAP));
        stack.setAlignment(Pos.TOP_CENTER);
        stack.getStyleClass().add("preview-stack");
        setContent(stack);
        setFitToWidth(true);
        // The skin caches its viewport as one bitmap, for fast scrolling; every repainted page would
        // then redraw all the pages in view into it again. Pages are bitmaps already: no cache.
        skinProperty().addListener((observable, before, after) -> {
            Node viewport = lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        pages.addListener((observable, before, after) -> repaint());
        zoom.addListener((observable, before, after) -> repaint());
        twoPages.addListener((observable, before, after) -> repaint());
        viewportBoundsProperty().addListener((observable, before, after) -> {
            if (before.getWidth() != after.getWidth() || zoom.get() == FIT_PAGE && before.getHeight() != after.getHeight()) {
                repaint();
            } else {
                paintInView();
            }
        });
        vvalueProperty().addListener((observable, before, after) -> paintInView());
        // Ctrl + mouse wheel zooms, as in every document viewer; the wheel alone scrolls.
        addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.isShortcutDown() && event.getDeltaY() != 0) {
                if (event.getDeltaY() > 0) {
                    zoomIn();
                } else {
                    zoomOut();
                }
                event.consume();
            }
        });
    }

    public ObjectProperty<PageList> pagesProperty() {
        return pages;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Two pages side by side to a row, as a printed booklet opens. */
    public BooleanProperty twoPagesProperty() {
        return twoPages;
    }

    /** Told where each click on a page lands. */
    public ObjectProperty<Consumer<PageClick>> onPageClickedProperty() {
        return onPageClicked;
    }

    /** Names each page for screen readers ("Page 2 of 5: ..."); the caller words it. */
    public void setPageNames(Function<PageName, String> names) {
        this.pageNames = names;
        repaint();
    }

    public void zoomIn() {
        zoom.set(ZoomSteps.larger(effectiveZoom()));
    }

    public void zoomOut() {
        zoom.set(ZoomSteps.smaller(effectiveZoom()));
    }

    /** The zoom as a fraction of real size, whatever mode it is in. */
    public double effectiveZoom() {
        return scale() * 72 / 96;
    }

    private int columns() {
        return twoPages.get() ? 2 : 1;
    }

    /** Pixels per point for the current zoom. */
    public double scale() {
        PageList list = pages.get();
        if (list == null) {
            return 1;
        }
        int columns = columns();
        double width = Math.max(200, getViewportBounds().getWidth() - (columns + 1) * GAP) / columns;
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
        int row = index / columns();
        double top = rowTop(row, list.pageHeight() * scale) + Math.max(0, y - 24) * scale;
        double total = stack.getHeight() - getViewportBounds().getHeight();
        setVvalue(total <= 0 ? 0 : Math.min(1, top / total));
    }

    /** The page (from 0) at the top of the view; with two to a row, the left one. */
    public int currentPage() {
        PageList list = pages.get();
        if (list == null) {
            return 0;
        }
        double total = Math.max(0, stack.getHeight() - getViewportBounds().getHeight());
        double top = getVvalue() * total;
        double rowStep = list.pageHeight() * scale() + GAP;
        int row = (int) Math.max(0, Math.floor((top + rowStep / 3) / rowStep));
        return Math.min(list.pages().size() - 1, row * columns());
    }

    /** The canvases, one per page, in order. */
    public List<Canvas> pageCanvases() {
        return List.copyOf(canvases);
    }

    /**
     * Repaints only what changed, and only in view: an edit usually alters one or two pages of
     * many, and painting a page is the slow part of showing an edit. A page out of view is painted
     * when it scrolls in ({@link #paintInView}): painting one that cannot be seen makes JavaFX
     * redraw the whole window, which the software renderer does slowly. Canvases are reused
     * between layouts.
     */
    private void repaint() {
        PageList list = pages.get();
        if (list == null) {
            stack.getChildren().clear();
            canvases.clear();
            shown.clear();
            return;
        }
        double scale = scale();
        int count = list.pages().size();
        boolean rearrange = count != canvases.size() || arrangedColumns != columns();
        for (int i = 0; i < count; i++) {
            Canvas canvas;
            if (i < canvases.size()) {
                canvas = canvases.get(i);
            } else {
                canvas = newPage(i);
                canvases.add(canvas);
                shown.add(null);
            }
            canvas.setAccessibleText(pageNames.apply(new PageName(i, count, list.title())));
            canvas.setWidth(list.pageWidth() * scale);
            canvas.setHeight(list.pageHeight() * scale);
        }
        if (canvases.size() > count) {
            canvases.subList(count, canvases.size()).clear();
            shown.subList(count, shown.size()).clear();
        }
        if (rearrange) {
            arrange();
        }
        paintInView();
    }

    /** Paints each page in view that does not yet show its current content at the current scale. */
    private void paintInView() {
        PageList list = pages.get();
        if (list == null || canvases.size() != list.pages().size()) {
            return;
        }
        double scale = scale();
        double pageHeight = list.pageHeight() * scale;
        int rows = (canvases.size() + columns() - 1) / columns();
        double content = rowTop(rows, pageHeight);   // where a further row would start
        double view = getViewportBounds().getHeight();
        double top = view <= 0 ? 0 : getVvalue() * Math.max(0, content - view);
        for (int i = 0; i < canvases.size(); i++) {
            Page page = list.pages().get(i);
            Shown now = shown.get(i);
            Shown wanted = new Shown(page, scale, list.pageWidth(), list.pageHeight());
            boolean sameCanvas = now != null && now.sameCanvas(wanted);
            if (sameCanvas && PageItems.sameLook(now.page(), page)) {
                continue;
            }
            double pageTop = rowTop(i / columns(), pageHeight);
            boolean inView = view <= 0 || pageTop < top + view && pageTop + pageHeight > top;
            if (inView) {
                GraphicsContext g = canvases.get(i).getGraphicsContext2D();
                if (!sameCanvas
                        || !FxPagePainter.repaintChanged(g, now.page(), page, list.pageWidth(), list.pageHeight(), scale)) {
                    FxPagePainter.paint(g, page, list.pageWidth(), list.pageHeight(), 0, 0, scale);
                }
                shown.set(i, wanted);
            }
        }
    }

    /** Where a row of pages starts in the scrolled content, for pages {@code pageHeight} pixels high. */
    private static double rowTop(int row, double pageHeight) {
        return GAP + row * (pageHeight + GAP);
    }

    /** What a canvas shows: a page of a size, painted at a scale. */
    private record Shown(Page page, double scale, double pageWidth, double pageHeight) {
        /** Whether the canvas is still the size and scale it was painted at, so a part of it can be repainted. */
        boolean sameCanvas(Shown other) {
            return scale == other.scale && pageWidth == other.pageWidth && pageHeight == other.pageHeight;
        }
    }

    private Canvas newPage(int index) {
        Canvas canvas = new Canvas();
        canvas.getStyleClass().add("preview-page");
        canvas.setId("previewPage" + (index + 1));
        canvas.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        canvas.setOnMouseClicked(event -> {
            var listener = onPageClicked.get();
            if (listener != null && event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                double at = scale();
                listener.accept(new PageClick(canvases.indexOf(canvas), event.getX() / at, event.getY() / at));
            }
        });
        return canvas;
    }

    /**
     * A page on its shadow. The shadow is a sibling behind the canvas drawn as a few translucent
     * rings (see editor.css), not an effect: a blur effect on the page would blur it again after
     * every edit (costly with software rendering), and caching a blurred sibling keeps a
     * page-sized bitmap per page.
     */
    private static StackPane framed(Canvas canvas) {
        Region shadow = new Region();
        shadow.getStyleClass().add("preview-page-shadow");
        shadow.setMouseTransparent(true);
        StackPane frame = new StackPane(shadow, canvas);
        frame.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return frame;
    }

    /** Puts the canvases into rows of one or two. */
    private void arrange() {
        int columns = columns();
        arrangedColumns = columns;
        List<HBox> rows = new ArrayList<>();
        for (int i = 0; i < canvases.size(); i += columns) {
            HBox row = new HBox(GAP);
            row.setAlignment(Pos.TOP_CENTER);
            for (Canvas canvas : canvases.subList(i, Math.min(canvases.size(), i + columns))) {
                row.getChildren().add(framed(canvas));
            }
            rows.add(row);
        }
        stack.getChildren().setAll(rows);
    }
}
