package org.handoutstudio.figures;

import java.util.Set;

/** Validates a cue as written; the painter can then trust it. */
final class CueChecks {

    static final Set<String> TYPES = Set.of("arc", "arrow", "breath", "motion");

    static CueSpec check(CueSpec c, String src, String path) {
        if (c == null) {
            throw SpecErrors.field(src, path, "must be an object");
        }
        String type = SpecErrors.required(c.type(), src, path + ".type");
        if (!TYPES.contains(type)) {
            throw SpecErrors.field(src, path + ".type", "unknown cue type '" + type + "' (expected arc, arrow, breath or motion)");
        }
        String at = SpecErrors.required(c.at(), src, path + ".at");
        if (Landmark.byJsonName(at).isEmpty()) {
            throw SpecErrors.field(src, path + ".at", "unknown landmark '" + at + "' (expected one of " + Landmark.names() + ")");
        }
        optional(c.dx(), src, path + ".dx", -300, 300);
        optional(c.dy(), src, path + ".dy", -300, 300);
        optional(c.radius(), src, path + ".radius", 1, 200);
        optional(c.from(), src, path + ".from", -720, 720);
        optional(c.to(), src, path + ".to", -720, 720);
        optional(c.squash(), src, path + ".squash", 0.05, 1);
        optional(c.angle(), src, path + ".angle", -360, 360);
        optional(c.length(), src, path + ".length", 1, 200);
        if (type.equals("arc") && (c.from() == null || c.to() == null)) {
            throw SpecErrors.field(src, path, "an arc cue needs from and to angles");
        }
        return c;
    }

    private static void optional(Double v, String src, String path, double min, double max) {
        if (v != null) {
            SpecErrors.number(v, src, path, min, max);
        }
    }

    private CueChecks() { }
}
