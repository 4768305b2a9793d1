package org.handoutstudio.figures;

import java.util.List;
import java.util.Map;

/**
 * A pose solved and placed in the world (cm, y up, floor at y = 0): joint positions, the drawn
 * solids, the height of the surface it rests on and how far each inverse-kinematics hand or
 * foot ended from its target (0 when reached).
 */
public record PosedFigure(Pose pose, SkeletonState skeleton, List<BodyPart> parts, double supportHeight,
                          Map<Limb, Double> reachErrors) {

    public Vec3 joint(Landmark landmark) {
        return skeleton.point(landmark);
    }

    public Map<Landmark, Vec3> joints() {
        return skeleton.points();
    }

    /** The lowest y reached by any drawn part of the body. */
    public double lowestY() {
        return parts.stream().mapToDouble(p -> p.solid().lowestY()).min().orElseThrow();
    }
}
