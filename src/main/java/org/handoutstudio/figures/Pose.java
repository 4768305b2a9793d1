package org.handoutstudio.figures;

import java.util.List;
import java.util.Map;

/** A pose with its base poses merged in and every value checked: what the solver works from. */
public record Pose(BodyOrientation body, double lean, double turn, double roll, Support support,
                   Landmark anchor, double anchorX, JointAngles angles, Map<Limb, Reach> reach,
                   boolean flatFeet, boolean face, List<CueSpec> cues, Map<BodySide, HandShape> hands) { }
