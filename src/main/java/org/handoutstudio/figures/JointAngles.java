package org.handoutstudio.figures;

import java.util.EnumMap;
import java.util.Map;

/** A full set of joint angles in degrees; anything not set is 0 (the anatomical standing pose). */
public final class JointAngles {

    private final EnumMap<SpineJoint, Double> spine = new EnumMap<>(SpineJoint.class);
    private final Map<BodySide, EnumMap<LimbJoint, Double>> limbs = new EnumMap<>(BodySide.class);

    public JointAngles() {
        for (BodySide s : BodySide.values()) {
            limbs.put(s, new EnumMap<>(LimbJoint.class));
        }
    }

    public JointAngles copy() {
        JointAngles c = new JointAngles();
        c.spine.putAll(spine);
        for (BodySide s : BodySide.values()) {
            c.limbs.get(s).putAll(limbs.get(s));
        }
        return c;
    }

    public double get(SpineJoint j) {
        return spine.getOrDefault(j, 0.0);
    }

    public double get(BodySide side, LimbJoint j) {
        return limbs.get(side).getOrDefault(j, 0.0);
    }

    public JointAngles set(SpineJoint j, double degrees) {
        spine.put(j, degrees);
        return this;
    }

    public JointAngles set(BodySide side, LimbJoint j, double degrees) {
        limbs.get(side).put(j, degrees);
        return this;
    }

}
