package org.handoutstudio.figures;

/** A resolved reach target; see {@link ReachSpec} for the meaning of each kind. */
public record Reach(Kind kind, Double x, Double y, double dx, double dy, Landmark landmark, HandStyle hand,
                    boolean forearm) {

    public enum Kind { FLOOR, WALL, CHAIR_BACK, BARS, PEDAL, POINT, HANG, LANDMARK, TABLE, DOORWAY }

    public enum HandStyle { FLAT, GRIP, RELAXED }
}
