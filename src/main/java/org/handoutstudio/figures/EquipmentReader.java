package org.handoutstudio.figures;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code props} list of a figure file into {@link Equipment}, naming file and field on any bad value. */
final class EquipmentReader {

    private static final Set<String> TYPES = Set.of("floor", "mat", "pillow", "chair", "wall", "step", "bed",
            "dumbbells", "strap", "bike", "water", "band", "towel", "ball", "table", "doorway");

    static Equipment read(List<PropSpec> props, String src) {
        Equipment e = new Equipment();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < props.size(); i++) {
            PropSpec p = props.get(i);
            String path = "props[" + i + "]";
            if (p == null) {
                throw SpecErrors.field(src, path, "must be an object like {\"type\": \"mat\"}");
            }
            String type = SpecErrors.required(p.type(), src, path + ".type");
            if (!TYPES.contains(type)) {
                throw SpecErrors.field(src, path + ".type", "unknown prop '" + type + "' (expected one of "
                        + String.join(", ", TYPES.stream().sorted().toList()) + ")");
            }
            if (!seen.add(type)) {
                throw SpecErrors.field(src, path + ".type", "'" + type + "' appears twice");
            }
            double x = p.x() == null ? 0 : SpecErrors.number(p.x(), src, path + ".x", -500, 500);
            switch (type) {
                case "floor" -> e.floor = true;
                case "mat" -> e.mat = true;
                case "pillow" -> e.pillow = true;
                case "dumbbells" -> e.dumbbells = true;
                case "wall" -> e.wallX = x;
                case "chair" -> {
                    int facing = 1;
                    if (p.facing() != null) {
                        facing = switch (p.facing()) {
                            case "right" -> 1;
                            case "left" -> -1;
                            default -> throw SpecErrors.field(src, path + ".facing", "must be right or left");
                        };
                    }
                    double seat = p.height() == null ? 46 : SpecErrors.number(p.height(), src, path + ".height", 20, 80);
                    e.chair = new Equipment.Chair(x, facing, seat, seat + 42);
                }
                case "step" -> e.step = new Equipment.Step(x,
                        p.height() == null ? 18 : SpecErrors.number(p.height(), src, path + ".height", 5, 60),
                        p.length() == null ? 32 : SpecErrors.number(p.length(), src, path + ".length", 20, 200));
                case "bed" -> e.bed = new Equipment.Bed(x,
                        p.height() == null ? 52 : SpecErrors.number(p.height(), src, path + ".height", 20, 100),
                        p.length() == null ? 200 : SpecErrors.number(p.length(), src, path + ".length", 100, 300));
                case "bike" -> e.bike = new Equipment.Bike(x,
                        p.angle() == null ? -30 : SpecErrors.number(p.angle(), src, path + ".angle", -360, 360));
                case "strap" -> e.strapFoot = side(p, src, path);
                case "water" -> e.waterHeight = p.height() == null ? 60
                        : SpecErrors.number(p.height(), src, path + ".height", 0, 200);
                case "table" -> e.table = new Equipment.Table(x,
                        p.height() == null ? 74 : SpecErrors.number(p.height(), src, path + ".height", 30, 120),
                        p.length() == null ? 100 : SpecErrors.number(p.length(), src, path + ".length", 30, 300),
                        p.side() == null ? 0 : side(p, src, path).sign);
                case "doorway" -> e.doorway = new Equipment.Doorway(x);
                case "band", "towel", "ball" -> { }   // read below, once the furniture they may need is known
                default -> throw new IllegalStateException(type);
            }
            onlyFor(type, p, src, path);
        }
        for (int i = 0; i < props.size(); i++) {
            PropSpec p = props.get(i);
            String path = "props[" + i + "]";
            switch (p.type()) {
                case "band" -> e.band = BandReader.read(p, e, src, path);
                case "towel" -> e.towel = new Towel(place(p, src, path, PropPlace.UNDER_KNEE, PropPlace.UNDER_KNEE,
                        PropPlace.UNDER_NECK, PropPlace.BETWEEN_KNEES, PropPlace.HAND), side(p, src, path));
                case "ball" -> e.ball = ball(p, e, src, path);
                default -> { }
            }
        }
        return e;
    }

    private static ExerciseBall ball(PropSpec p, Equipment e, String src, String path) {
        String size = p.size() == null ? "gym" : p.size();
        boolean gym = switch (size) {
            case "gym" -> true;
            case "small" -> false;
            default -> throw SpecErrors.field(src, path + ".size", "unknown size '" + size + "' (expected gym or small)");
        };
        PropPlace at = gym ? place(p, src, path, PropPlace.FLOOR, PropPlace.FLOOR, PropPlace.WALL)
                : place(p, src, path, PropPlace.HAND, PropPlace.HAND, PropPlace.BETWEEN_KNEES, PropPlace.UNDER_FOOT);
        double diameter = p.diameter() == null ? (gym ? ExerciseBall.GYM_DIAMETER : ExerciseBall.SMALL_DIAMETER)
                : gym ? SpecErrors.number(p.diameter(), src, path + ".diameter", 45, 85)
                : SpecErrors.number(p.diameter(), src, path + ".diameter", 4, 30);
        double r = diameter / 2;
        if (!gym) {
            if (p.x() != null || p.height() != null) {
                throw SpecErrors.field(src, path + (p.x() != null ? ".x" : ".height"),
                        "a small ball goes where the body holds it; x and height are for a gym ball");
            }
            return new ExerciseBall(false, r, at, side(p, src, path), 0, r);
        }
        if (p.side() != null) {
            throw SpecErrors.field(src, path + ".side", "is for a small ball in one hand or under one foot");
        }
        double x = p.x() == null ? 0 : p.x();
        double centre = r;
        if (at == PropPlace.WALL) {
            double wall = Equipment.need(e.wallX, "wall", src, path + ".at");
            if (p.x() != null) {
                throw SpecErrors.field(src, path + ".x", "a ball against the wall touches it; leave x out");
            }
            x = wall - r;
            centre = p.height() == null ? 100 : SpecErrors.number(p.height(), src, path + ".height", r, 180);
        } else if (p.height() != null) {
            throw SpecErrors.field(src, path + ".height", "a gym ball on the floor rests on it; height is for \"at\": \"wall\"");
        }
        return new ExerciseBall(true, r, at, null, x, centre);
    }

    static PropPlace place(PropSpec p, String src, String path, PropPlace fallback, PropPlace... allowed) {
        if (p.at() == null) {
            return fallback;
        }
        PropPlace place = PropPlace.byJsonName(p.at()).orElse(null);
        if (place == null || !List.of(allowed).contains(place)) {
            throw SpecErrors.field(src, path + ".at", "'" + p.at() + "' is not a place for this " + p.type()
                    + " (expected one of " + String.join(", ", List.of(allowed).stream().map(a -> a.jsonName).toList()) + ")");
        }
        return place;
    }

    static BodySide side(PropSpec p, String src, String path) {
        String side = p.side() == null ? "right" : p.side();
        return switch (side) {
            case "right" -> BodySide.RIGHT;
            case "left" -> BodySide.LEFT;
            default -> throw SpecErrors.field(src, path + ".side", "must be right or left");
        };
    }

    /** The fields added for the newer props are errors on props that would ignore them. */
    private static void onlyFor(String type, PropSpec p, String src, String path) {
        boolean band = type.equals("band"), placed = type.equals("towel") || type.equals("ball");
        check(p.side() == null || placed || type.equals("strap") || type.equals("table"), src, path + ".side", type);
        check(p.from() == null || band, src, path + ".from", type);
        check(p.to() == null || band, src, path + ".to", type);
        check(p.around() == null || band, src, path + ".around", type);
        check(p.at() == null || placed, src, path + ".at", type);
        check(p.size() == null || type.equals("ball"), src, path + ".size", type);
        check(p.diameter() == null || type.equals("ball"), src, path + ".diameter", type);
    }

    private static void check(boolean ok, String src, String path, String type) {
        if (!ok) {
            throw SpecErrors.field(src, path, "is not used by a " + type);
        }
    }

    private EquipmentReader() { }
}
