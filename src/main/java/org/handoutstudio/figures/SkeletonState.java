package org.handoutstudio.figures;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of forward kinematics: every landmark position, the segment frames that inverse
 * kinematics and drawing need, and the trunk cross-sections.
 */
public record SkeletonState(Map<Landmark, Vec3> points, Rotation pelvisFrame, Rotation thoraxFrame,
                            Rotation headFrame, Map<Side, LimbFrames> limbFrames, List<TrunkRing> rings,
                            Vec3 nose) {

    /** Frames of one side's limb segments. */
    public record LimbFrames(Rotation thigh, Rotation shin, Rotation foot, Rotation toe,
                             Rotation upperArm, Rotation forearm, Rotation hand) { }

    public Vec3 point(Landmark l) {
        return points.get(l);
    }

    public LimbFrames limb(Side s) {
        return limbFrames.get(s);
    }

    /** The same state moved by {@code offset}. */
    public SkeletonState translated(Vec3 offset) {
        EnumMap<Landmark, Vec3> moved = new EnumMap<>(Landmark.class);
        points.forEach((k, v) -> moved.put(k, v.plus(offset)));
        List<TrunkRing> movedRings = rings.stream()
                .map(r -> new TrunkRing(r.centre().plus(offset), r.frame(), r.front(), r.back(), r.halfWidth()))
                .toList();
        return new SkeletonState(moved, pelvisFrame, thoraxFrame, headFrame, limbFrames, movedRings, nose.plus(offset));
    }
}
