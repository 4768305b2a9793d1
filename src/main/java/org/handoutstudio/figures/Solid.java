package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.List;

/** A rounded 3D body part; each kind projects to a clean 2D outline from any camera. */
public sealed interface Solid {

    record Sphere(Vec3 centre, double radius) { }

    /** A tapered capsule: the hull of two spheres. */
    record Capsule(Sphere a, Sphere b) implements Solid { }

    /** The convex hull of several spheres (used for the foot). */
    record Blob(List<Sphere> spheres) implements Solid { }

    /** The hull of two trunk cross-sections. */
    record RingPair(TrunkRing a, TrunkRing b) implements Solid { }

    record Ball(Sphere sphere) implements Solid { }

    /** Spheres whose union covers this solid closely enough for contact and collision checks. */
    default List<Sphere> probeSpheres() {
        List<Sphere> probes = new ArrayList<>();
        // Java 17: no pattern matching for switch yet, so instanceof it is.
        if (this instanceof Capsule c) {
            for (int i = 0; i <= 6; i++) {
                double t = i / 6.0;
                probes.add(new Sphere(c.a().centre().lerp(c.b().centre(), t),
                        c.a().radius() + (c.b().radius() - c.a().radius()) * t));
            }
        } else if (this instanceof Blob b) {
            probes.addAll(b.spheres());
        } else if (this instanceof RingPair r) {
            r.a().samplePoints().forEach(p -> probes.add(new Sphere(p, 0)));
            r.b().samplePoints().forEach(p -> probes.add(new Sphere(p, 0)));
        } else if (this instanceof Ball b) {
            probes.add(b.sphere());
        }
        return probes;
    }

    /** The lowest y any part of this solid reaches. */
    default double lowestY() {
        return probeSpheres().stream().mapToDouble(s -> s.centre().y() - s.radius()).min().orElseThrow();
    }
}
