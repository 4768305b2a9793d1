package org.handoutstudio.figures;

/**
 * A hand or foot placed by inverse kinematics instead of by its angles.
 * {@code to} is one of: floor (the surface the body rests on, the real floor when seated; x =
 * world x of the wrist/ankle, or dx from the shoulder/hip),
 * wall or doorway (y = wrist height), table (palm on the top; x or dx as for floor; with
 * {@code forearm: true} the whole forearm rests on the top instead), chair-back, bars, pedal,
 * point (x, y), hang (arm hangs straight down), or a landmark name such as rightKnee or belly
 * (dx, dy offset in cm).
 * {@code hand}: flat (palm flat on the surface), grip (fist round a bar) or relaxed.
 */
public record ReachSpec(String to, Double x, Double y, Double dx, Double dy, String hand, Boolean forearm) { }
