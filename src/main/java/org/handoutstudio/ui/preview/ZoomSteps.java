package org.handoutstudio.ui.preview;

import java.util.List;

/**
 * The preview's zoom levels, as fractions of real size (1.0 is 100%), and how Ctrl+plus and
 * Ctrl+minus step through them from wherever the zoom is now (a fit mode gives any fraction).
 */
public final class ZoomSteps {

    public static final List<Double> STEPS = List.of(0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0,
            2.5, 3.0);
    public static final double MIN = STEPS.get(0);
    public static final double MAX = STEPS.get(STEPS.size() - 1);

    private ZoomSteps() {
    }

    /** The next step up from {@code current} (a fraction); the largest step stays where it is. */
    public static double larger(double current) {
        return STEPS.stream().filter(step -> step > current + 0.005).findFirst().orElse(MAX);
    }

    /** The next step down from {@code current}; the smallest step stays where it is. */
    public static double smaller(double current) {
        double result = MIN;
        for (double step : STEPS) {
            if (step < current - 0.005) {
                result = step;
            }
        }
        return result;
    }
}
