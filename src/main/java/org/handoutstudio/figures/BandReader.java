package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code band} prop: {@code from} a hand, a foot or a landmark ("hands" and "feet" give
 * two strands) {@code to} the doorway, the wall or a point at {@code height}, or to another hand,
 * foot or landmark; or a loop {@code around} the knees or ankles.
 */
final class BandReader {

    static Band read(PropSpec p, Equipment e, String src, String path) {
        if (p.around() != null) {
            if (p.from() != null || p.to() != null) {
                throw SpecErrors.field(src, path + (p.from() != null ? ".from" : ".to"),
                        "a band loop (around) has no ends; leave from and to out");
            }
            noAnchorFields(p, src, path, "a band loop");
            Band.Loop loop = switch (p.around()) {
                case "knees" -> Band.Loop.KNEES;
                case "ankles" -> Band.Loop.ANKLES;
                default -> throw SpecErrors.field(src, path + ".around",
                        "unknown loop '" + p.around() + "' (expected knees or ankles)");
            };
            return new Band(List.of(), null, loop);
        }
        String from = SpecErrors.required(p.from(), src, path + ".from");
        String to = SpecErrors.required(p.to(), src, path + ".to");
        List<Band.End> starts = new ArrayList<>();
        switch (from) {
            case "hands" -> starts.addAll(List.of(hand(BodySide.RIGHT), hand(BodySide.LEFT)));
            case "feet" -> starts.addAll(List.of(foot(BodySide.RIGHT), foot(BodySide.LEFT)));
            default -> starts.add(bodyEnd(from, src, path + ".from"));
        }
        Band.End end = switch (to) {
            case "doorway" -> fixed(Equipment.need(e.doorway, "doorway", src, path + ".to").x(), p, src, path, false);
            case "wall" -> fixed(Equipment.need(e.wallX, "wall", src, path + ".to"), p, src, path, false);
            case "point" -> fixed(SpecErrors.number(p.x(), src, path + ".x", -500, 500), p, src, path, true);
            default -> {
                noAnchorFields(p, src, path, "a band between two body points");
                yield bodyEnd(to, src, path + ".to");
            }
        };
        if (starts.contains(end)) {
            throw SpecErrors.field(src, path + ".to", "the band would start and end at " + to);
        }
        return new Band(List.copyOf(starts), end, null);
    }

    private static Band.End fixed(double x, PropSpec p, String src, String path, boolean xAllowed) {
        if (p.x() != null && !xAllowed) {
            throw SpecErrors.field(src, path + ".x", "the band is tied where the " + p.to() + " is; x is for \"to\": \"point\"");
        }
        if (p.height() == null) {
            throw SpecErrors.field(src, path + ".height", "is required: how high (cm) the band is tied");
        }
        return new Band.FixedEnd(x, SpecErrors.number(p.height(), src, path + ".height", 0, 220));
    }

    private static void noAnchorFields(PropSpec p, String src, String path, String what) {
        if (p.x() != null || p.height() != null) {
            throw SpecErrors.field(src, path + (p.x() != null ? ".x" : ".height"),
                    what + " goes where the body is; x and height are for the doorway, wall or a point");
        }
    }

    private static Band.End bodyEnd(String name, String src, String path) {
        return switch (name) {
            case "rightHand" -> hand(BodySide.RIGHT);
            case "leftHand" -> hand(BodySide.LEFT);
            case "rightFoot" -> foot(BodySide.RIGHT);
            case "leftFoot" -> foot(BodySide.LEFT);
            default -> new Band.BodyEnd(Landmark.byJsonName(name).orElseThrow(() -> SpecErrors.field(src, path,
                    "unknown band end '" + name + "' (expected hands, feet, rightHand, leftHand, rightFoot, leftFoot,"
                            + " doorway, wall, point or a landmark: " + Landmark.names() + ")")), Band.BodyEnd.Kind.LANDMARK);
        };
    }

    private static Band.End hand(BodySide side) {
        return new Band.BodyEnd(Landmark.grip(side), Band.BodyEnd.Kind.HAND);
    }

    private static Band.End foot(BodySide side) {
        return new Band.BodyEnd(Landmark.ball(side), Band.BodyEnd.Kind.FOOT);
    }

    private BandReader() { }
}
