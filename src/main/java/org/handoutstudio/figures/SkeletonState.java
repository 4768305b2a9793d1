package org.handoutstudio.figures;

import java.util.List;
import java.util.Map;

/**
 * The result of forward kinematics: every landmark position, the segment frames that inverse
 * kinematics and drawing need, and the trunk cross-sections.
 */
public record SkeletonState(Map<Landmark, Vec3> points, Rotation pelvisFrame, Rotation thoraxFrame,
                            Rotation headFrame, Map<BodySide, LimbFrames> limbFrames, List<TrunkRing> rings,
                            Vec3 nose) {

    /** Frames of one side's limb segments. */
    public record LimbFrames(Rotation thigh, Rotation shin, Rotation foot, Rotation toe,
                             Rotation upperArm, Rotation forearm, Rotation hand) { }

    public Vec3 point(Landmark l) {
        return points.get(l);
    }

    public LimbFrames limb(BodySide s) {
        return limbFrames.get(s);
    }
}
