package org.handoutstudio.figures;

import java.util.List;

/**
 * A resistance band: strands from one or two body points to one end ({@code to}), or a loop
 * round both legs ({@code around}, with no strands).
 */
public record Band(List<End> from, End to, Loop around) {

    /** Where a loop sits: just above the knees or just above the ankles. */
    public enum Loop { KNEES, ANKLES }

    /** One end of a strand. */
    public sealed interface End { }

    /** A hand (held at the grip), a foot (round the sole) or any landmark. */
    public record BodyEnd(Landmark landmark, Kind kind) implements End {
        public enum Kind { HAND, FOOT, LANDMARK }
    }

    /** A fixed point such as a knot in a door at a given height (cm, world). */
    public record FixedEnd(double x, double y) implements End { }

    public boolean isLoop() {
        return around != null;
    }
}
