package org.handoutstudio.figures;

import java.util.Arrays;
import java.util.Optional;

/** How the pelvis lies before lean/turn/roll are applied. */
public enum BodyOrientation {
    /** Standing, sitting or kneeling upright, facing +x. */
    UPRIGHT("upright", Rotation.IDENTITY),
    /** On the back, head toward -x, face up. */
    SUPINE("supine", Rotation.aboutZ(90)),
    /** On the front, head toward +x, face down. */
    PRONE("prone", Rotation.aboutZ(-90)),
    /** On the left side, head toward +x, front toward the side-view camera. */
    SIDE_LEFT("side-left", Rotation.ofAxes(new Vec3(0, 0, 1), new Vec3(1, 0, 0), new Vec3(0, 1, 0)));

    public final String jsonName;
    public final Rotation rotation;

    BodyOrientation(String jsonName, Rotation rotation) {
        this.jsonName = jsonName;
        this.rotation = rotation;
    }

    public static Optional<BodyOrientation> byJsonName(String name) {
        return Arrays.stream(values()).filter(b -> b.jsonName.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(b -> b.jsonName).toList());
    }
}
