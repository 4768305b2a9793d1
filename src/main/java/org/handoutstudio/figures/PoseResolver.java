package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Merges a pose with its chain of base poses and checks every value, naming file and field on error. */
final class PoseResolver {

    private static final double WORLD_LIMIT = 1000;

    private record Layer(PoseSpec spec, String source, String path) { }

    private final BasePoseLibrary bases;

    PoseResolver(BasePoseLibrary bases) {
        this.bases = bases;
    }

    Pose resolve(PoseSpec spec, String source, String path) {
        if (spec == null) {
            throw SpecErrors.field(source, path, "is required for this layout");
        }
        List<Layer> layers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Layer layer = new Layer(spec, source, path);
        while (true) {
            layers.add(0, layer);
            String baseName = layer.spec().base();
            if (baseName == null) {
                break;
            }
            if (!seen.add(baseName)) {
                throw SpecErrors.field(layer.source(), layer.path() + ".base", "base poses refer to each other in a loop");
            }
            PoseSpec base = bases.get(baseName);
            if (base == null) {
                throw SpecErrors.field(layer.source(), layer.path() + ".base",
                        "unknown base pose '" + baseName + "' (known: " + String.join(", ", bases.names()) + ")");
            }
            layer = new Layer(base, bases.sourceName(), "poses." + baseName);
        }
        Builder b = new Builder();
        for (Layer l : layers) {
            b.apply(l);
        }
        return b.build();
    }

    private static final class Builder {
        BodyOrientation body = BodyOrientation.UPRIGHT;
        double lean, turn, roll;
        Support support = Support.FLOOR;
        Landmark anchor = Landmark.PELVIS;
        double anchorX;
        final JointAngles angles = new JointAngles();
        final EnumMap<Limb, Reach> reach = new EnumMap<>(Limb.class);
        boolean flatFeet;
        boolean face;
        final List<CueSpec> cues = new ArrayList<>();
        final EnumMap<BodySide, HandShape> hands = new EnumMap<>(BodySide.class);

        void apply(Layer l) {
            PoseSpec s = l.spec();
            String src = l.source(), p = l.path();
            if (s.body() != null) {
                body = BodyOrientation.byJsonName(s.body()).orElseThrow(() -> SpecErrors.field(src, p + ".body",
                        "unknown body '" + s.body() + "' (expected one of " + BodyOrientation.names() + ")"));
            }
            if (s.lean() != null) lean = SpecErrors.angle(s.lean(), src, p + ".lean");
            if (s.turn() != null) turn = SpecErrors.angle(s.turn(), src, p + ".turn");
            if (s.roll() != null) roll = SpecErrors.angle(s.roll(), src, p + ".roll");
            if (s.support() != null) {
                support = Support.byJsonName(s.support()).orElseThrow(() -> SpecErrors.field(src, p + ".support",
                        "unknown support '" + s.support() + "' (expected one of " + Support.names() + ")"));
            }
            if (s.anchor() != null) {
                anchor = landmark(s.anchor().point(), src, p + ".anchor.point");
                anchorX = s.anchor().x() == null ? 0
                        : SpecErrors.number(s.anchor().x(), src, p + ".anchor.x", -WORLD_LIMIT, WORLD_LIMIT);
            }
            if (s.spine() != null) {
                s.spine().forEach((k, v) -> {
                    SpineJoint j = SpineJoint.byJsonName(k).orElseThrow(() -> SpecErrors.field(src, p + ".spine." + k,
                            "unknown spine joint (expected one of " + SpineJoint.names() + ")"));
                    angles.set(j, SpecErrors.angle(v, src, p + ".spine." + k));
                });
            }
            limbAngles(s.both(), List.of(BodySide.values()), src, p + ".both");
            limbAngles(s.left(), List.of(BodySide.LEFT), src, p + ".left");
            limbAngles(s.right(), List.of(BodySide.RIGHT), src, p + ".right");
            if (s.reach() != null) {
                s.reach().forEach((k, v) -> reach(k, v, src, p + ".reach." + k));
            }
            if (s.hands() != null) {
                handShapes(s.hands(), src, p + ".hands");
            }
            if (s.flatFeet() != null) flatFeet = s.flatFeet();
            if (s.face() != null) face = s.face();
            if (s.cues() != null) {
                for (int i = 0; i < s.cues().size(); i++) {
                    cues.add(CueChecks.check(s.cues().get(i), src, p + ".cues[" + i + "]"));
                }
            }
        }

        private void limbAngles(Map<String, Double> values, List<BodySide> sides, String src, String path) {
            if (values == null) {
                return;
            }
            values.forEach((k, v) -> {
                LimbJoint j = LimbJoint.byJsonName(k).orElseThrow(() -> SpecErrors.field(src, path + "." + k,
                        "unknown limb joint (expected one of " + LimbJoint.names() + ")"));
                double degrees = SpecErrors.angle(v, src, path + "." + k);
                sides.forEach(side -> angles.set(side, j, degrees));
            });
        }

        private void handShapes(Map<String, String> values, String src, String path) {
            for (String key : values.keySet()) {
                if (!List.of("both", "left", "right").contains(key)) {
                    throw SpecErrors.field(src, path + "." + key, "unknown key (expected both, left or right)");
                }
                if (values.get(key) == null) {
                    throw SpecErrors.field(src, path + "." + key, "must be a hand shape (" + HandShape.names() + ")");
                }
            }
            // "both" first so that "left" and "right" override it whatever order the file uses.
            for (String key : List.of("both", "left", "right")) {
                String name = values.get(key);
                if (name == null) {
                    continue;
                }
                HandShape shape = HandShape.byJsonName(name).orElseThrow(() -> SpecErrors.field(src, path + "." + key,
                        "unknown hand shape '" + name + "' (expected one of " + HandShape.names() + ")"));
                for (BodySide side : BodySide.values()) {
                    if (key.equals("both") || key.equals(side.jsonName)) {
                        hands.put(side, shape);
                    }
                }
            }
        }

        private void reach(String key, ReachSpec spec, String src, String path) {
            List<Limb> limbs = Limb.forKey(key);
            if (limbs.isEmpty()) {
                throw SpecErrors.field(src, path, "unknown limb (expected hands, feet, leftHand, rightHand, leftFoot or rightFoot)");
            }
            if (spec == null) {
                throw SpecErrors.field(src, path, "must be an object like {\"to\": \"floor\"}");
            }
            String to = SpecErrors.required(spec.to(), src, path + ".to");
            if (to.equals("none")) {
                limbs.forEach(reach::remove);
                return;
            }
            Reach.Kind kind;
            Landmark target = null;
            switch (to) {
                case "floor" -> kind = Reach.Kind.FLOOR;
                case "wall" -> kind = Reach.Kind.WALL;
                case "chair-back" -> kind = Reach.Kind.CHAIR_BACK;
                case "bars" -> kind = Reach.Kind.BARS;
                case "pedal" -> kind = Reach.Kind.PEDAL;
                case "point" -> kind = Reach.Kind.POINT;
                case "hang" -> kind = Reach.Kind.HANG;
                case "table" -> kind = Reach.Kind.TABLE;
                case "doorway" -> kind = Reach.Kind.DOORWAY;
                default -> {
                    kind = Reach.Kind.LANDMARK;
                    target = Landmark.byJsonName(to).orElseThrow(() -> SpecErrors.field(src, path + ".to",
                            "unknown target '" + to + "' (expected floor, wall, table, doorway, chair-back, bars, pedal, point, hang,"
                                    + " none or a landmark: "
                                    + Landmark.names() + ")"));
                }
            }
            Double x = spec.x() == null ? null : SpecErrors.number(spec.x(), src, path + ".x", -WORLD_LIMIT, WORLD_LIMIT);
            Double y = spec.y() == null ? null : SpecErrors.number(spec.y(), src, path + ".y", -WORLD_LIMIT, WORLD_LIMIT);
            if (kind == Reach.Kind.POINT && (x == null || y == null)) {
                throw SpecErrors.field(src, path, "a point target needs both x and y");
            }
            if ((kind == Reach.Kind.WALL || kind == Reach.Kind.DOORWAY) && y == null) {
                throw SpecErrors.field(src, path + ".y", "a " + to + " target needs the wrist height y");
            }
            boolean forearm = Boolean.TRUE.equals(spec.forearm());
            if (spec.forearm() != null && kind != Reach.Kind.TABLE) {
                throw SpecErrors.field(src, path + ".forearm", "a forearm rests only on a table (\"to\": \"table\")");
            }
            if (forearm && (spec.x() != null || spec.dx() != null)) {
                throw SpecErrors.field(src, path + (spec.x() != null ? ".x" : ".dx"),
                        "a forearm on the table goes where the shoulder lets it; move the body (anchor) instead");
            }
            double dx = spec.dx() == null ? 0 : SpecErrors.number(spec.dx(), src, path + ".dx", -WORLD_LIMIT, WORLD_LIMIT);
            double dy = spec.dy() == null ? 0 : SpecErrors.number(spec.dy(), src, path + ".dy", -WORLD_LIMIT, WORLD_LIMIT);
            Reach.HandStyle hand = forearm ? Reach.HandStyle.RELAXED : defaultHand(kind);
            if (spec.hand() != null) {
                hand = switch (spec.hand()) {
                    case "flat" -> Reach.HandStyle.FLAT;
                    case "grip" -> Reach.HandStyle.GRIP;
                    case "relaxed" -> Reach.HandStyle.RELAXED;
                    default -> throw SpecErrors.field(src, path + ".hand",
                            "unknown hand '" + spec.hand() + "' (expected flat, grip or relaxed)");
                };
            }
            Reach r = new Reach(kind, x, y, dx, dy, target, hand, forearm);
            for (Limb limb : limbs) {
                if (!limb.arm && (kind == Reach.Kind.WALL || kind == Reach.Kind.CHAIR_BACK || kind == Reach.Kind.BARS
                        || kind == Reach.Kind.HANG || kind == Reach.Kind.TABLE || kind == Reach.Kind.DOORWAY)) {
                    throw SpecErrors.field(src, path + ".to", "'" + to + "' is a target for hands, not feet");
                }
                if (limb.arm && kind == Reach.Kind.PEDAL) {
                    throw SpecErrors.field(src, path + ".to", "'pedal' is a target for feet, not hands");
                }
                reach.put(limb, r);
            }
        }

        private static Reach.HandStyle defaultHand(Reach.Kind kind) {
            return switch (kind) {
                case FLOOR, WALL, TABLE, DOORWAY -> Reach.HandStyle.FLAT;
                case CHAIR_BACK, BARS -> Reach.HandStyle.GRIP;
                default -> Reach.HandStyle.RELAXED;
            };
        }

        private static Landmark landmark(String name, String src, String path) {
            SpecErrors.required(name, src, path);
            return Landmark.byJsonName(name).orElseThrow(() -> SpecErrors.field(src, path,
                    "unknown landmark '" + name + "' (expected one of " + Landmark.names() + ")"));
        }

        Pose build() {
            return new Pose(body, lean, turn, roll, support, anchor, anchorX, angles.copy(),
                    Map.copyOf(reach), flatFeet, face, List.copyOf(cues), Map.copyOf(hands));
        }
    }
}
