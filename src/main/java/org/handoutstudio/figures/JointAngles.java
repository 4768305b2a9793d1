package org.handoutstudio.figures;

import java.util.EnumMap;
import java.util.Map;

/** A full set of joint angles in degrees; anything not set is 0 (the anatomical standing pose). */
public final class JointAngles {

    private final EnumMap<SpineJoint, Double> spine = new EnumMap<>(SpineJoint.class);
    private final Map<Side, EnumMap<LimbJoint, Double>> limbs = new EnumMap<>(Side.class);

    public JointAngles() {
        for (Side s : Side.values()) {
            limbs.put(s, new EnumMap<>(LimbJoint.class));
        }
    }

    public JointAngles copy() {
        JointAngles c = new JointAngles();
        c.spine.putAll(spine);
        for (Side s : Side.values()) {
            c.limbs.get(s).putAll(limbs.get(s));
        }
        return c;
    }

    public double get(SpineJoint j) {
        return spine.getOrDefault(j, 0.0);
    }

    public double get(Side side, LimbJoint j) {
        return limbs.get(side).getOrDefault(j, 0.0);
    }

    public JointAngles set(SpineJoint j, double degrees) {
        spine.put(j, degrees);
        return this;
    }

    public JointAngles set(Side side, LimbJoint j, double degrees) {
        limbs.get(side).put(j, degrees);
        return this;
    }

    public JointAngles setBoth(LimbJoint j, double degrees) {
        for (Side s : Side.values()) {
            set(s, j, degrees);
        }
        return this;
    }
}
