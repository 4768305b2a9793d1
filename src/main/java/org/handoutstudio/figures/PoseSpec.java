package org.handoutstudio.figures;

import java.util.List;
import java.util.Map;

/**
 * One pose as written in a figure file. Every field is optional and overrides the named
 * {@code base} pose (see base-poses.json). Angles are in degrees; see {@link SpineJoint} and
 * {@link LimbJoint} for their sense. {@code both} sets a limb angle on both sides, then
 * {@code left} and {@code right} override per side. {@code hands} gives hand shapes the same way:
 * {@code {"both": "fist", "right": "spread"}}, see {@link HandShape}.
 */
public record PoseSpec(String base, String body, Double lean, Double turn, Double roll, String support,
                       AnchorSpec anchor, Map<String, Double> spine, Map<String, Double> both,
                       Map<String, Double> left, Map<String, Double> right, Map<String, ReachSpec> reach,
                       Boolean flatFeet, Boolean face, List<CueSpec> cues, Map<String, String> hands) { }
