package org.handoutstudio.figures;

/**
 * A close-up view: the drawing shows a window of the world {@link #windowHeight} cm tall around
 * {@code focus} (its mean position over the poses, moved by {@code dx}, {@code dy}), drawn
 * {@code zoom} times larger than a whole figure so a drawing's natural size stays the same.
 */
public record CloseUp(Landmark focus, double zoom, double dx, double dy) {

    /** The height (cm) of world a whole figure's drawing shows, about a standing figure with its margins. */
    public static final double REFERENCE_HEIGHT = 180;
    public static final double MAX_ZOOM = 8;

    public double windowHeight() {
        return REFERENCE_HEIGHT / zoom;
    }

    /**
     * Line widths grow with the square root of the zoom: a close-up's outlines are a little
     * bolder than a whole figure's, not {@code zoom} times as thick.
     */
    public double lineScale() {
        return 1 / Math.sqrt(zoom);
    }

    /** The close-up a view asks for, or null when it asks for none; bad values name the field. */
    static CloseUp from(ViewSpec view, String src) {
        if (view == null) {
            return null;
        }
        boolean any = view.zoom() != null || view.size() != null || view.dx() != null || view.dy() != null;
        if (view.focus() == null) {
            if (any) {
                String field = view.zoom() != null ? "zoom" : view.size() != null ? "size" : view.dx() != null ? "dx" : "dy";
                throw SpecErrors.field(src, "view." + field, "a close-up needs a focus landmark, e.g. \"focus\": \"rightHand\"");
            }
            return null;
        }
        Landmark focus = Landmark.byJsonName(view.focus()).orElseThrow(() -> SpecErrors.field(src, "view.focus",
                "unknown landmark '" + view.focus() + "' (expected one of " + Landmark.names() + ")"));
        if (view.zoom() != null && view.size() != null) {
            throw SpecErrors.field(src, "view.size", "give zoom or size, not both");
        }
        if (view.zoom() == null && view.size() == null) {
            throw SpecErrors.field(src, "view.zoom", "a close-up needs zoom (1 to 8) or size (cm of world shown)");
        }
        double zoom = view.zoom() != null ? SpecErrors.number(view.zoom(), src, "view.zoom", 1, MAX_ZOOM)
                : REFERENCE_HEIGHT / SpecErrors.number(view.size(), src, "view.size", REFERENCE_HEIGHT / MAX_ZOOM, REFERENCE_HEIGHT);
        double dx = view.dx() == null ? 0 : SpecErrors.number(view.dx(), src, "view.dx", -100, 100);
        double dy = view.dy() == null ? 0 : SpecErrors.number(view.dy(), src, "view.dy", -100, 100);
        return new CloseUp(focus, zoom, dx, dy);
    }
}
