package org.handoutstudio.figures;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The props of one figure with defaults filled in and values checked; dimensions in cm. */
public final class Equipment {

    public record Chair(double x, int facing, double seatHeight, double backTop) {
        public static final double SEAT_DEPTH = 42, SEAT_THICKNESS = 4, BACK_THICKNESS = 3.5, HALF_WIDTH = 22;

        /** x of the middle of the back rest. */
        public double backX() {
            return x - facing * (SEAT_DEPTH / 2 - BACK_THICKNESS / 2);
        }
    }

    public record Step(double x, double height, double length) { }

    public record Bed(double x, double height, double length) { }

    /** A side-on bicycle; every point is derived from the bottom bracket x and the crank angle. */
    public record Bike(double x, double crankAngle) {
        public static final double WHEEL_RADIUS = 33, CRANK = 17;

        public Vec3 bottomBracket() { return new Vec3(x, 28, 0); }
        public Vec3 rearWheel() { return new Vec3(x - 42, WHEEL_RADIUS + 1, 0); }
        public Vec3 frontWheel() { return new Vec3(x + 62, WHEEL_RADIUS + 1, 0); }
        public Vec3 saddle() { return new Vec3(x - 21, 94, 0); }
        public Vec3 bars() { return new Vec3(x + 48, 101, 0); }

        public Vec3 pedal(BodySide side) {
            double a = Math.toRadians(crankAngle + (side == BodySide.RIGHT ? 0 : 180));
            return bottomBracket().plus(new Vec3(CRANK * Math.cos(a), CRANK * Math.sin(a), side.sign * 9));
        }
    }

    private static final Set<String> TYPES = Set.of("floor", "mat", "pillow", "chair", "wall", "step", "bed",
            "dumbbells", "strap", "bike", "water");

    boolean floor, mat, pillow, dumbbells;
    Chair chair;
    Double wallX;
    Step step;
    Bed bed;
    Bike bike;
    BodySide strapFoot;
    Double waterHeight;

    public static Equipment from(List<PropSpec> props, String src) {
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
                    e.chair = new Chair(x, facing, seat, seat + 42);
                }
                case "step" -> e.step = new Step(x,
                        p.height() == null ? 18 : SpecErrors.number(p.height(), src, path + ".height", 5, 60),
                        p.length() == null ? 32 : SpecErrors.number(p.length(), src, path + ".length", 20, 200));
                case "bed" -> e.bed = new Bed(x,
                        p.height() == null ? 52 : SpecErrors.number(p.height(), src, path + ".height", 20, 100),
                        p.length() == null ? 200 : SpecErrors.number(p.length(), src, path + ".length", 100, 300));
                case "bike" -> e.bike = new Bike(x,
                        p.angle() == null ? -30 : SpecErrors.number(p.angle(), src, path + ".angle", -360, 360));
                case "strap" -> {
                    String side = p.side() == null ? "right" : p.side();
                    e.strapFoot = switch (side) {
                        case "right" -> BodySide.RIGHT;
                        case "left" -> BodySide.LEFT;
                        default -> throw SpecErrors.field(src, path + ".side", "must be right or left");
                    };
                }
                case "water" -> e.waterHeight = p.height() == null ? 60
                        : SpecErrors.number(p.height(), src, path + ".height", 0, 200);
                default -> throw new IllegalStateException(type);
            }
        }
        return e;
    }

    /** Height of the top of the surface a pose rests on; throws if the prop is missing. */
    double supportHeight(Support support, String src, String path) {
        return switch (support) {
            case FLOOR -> 0;
            case SEAT -> need(chair, "chair", src, path).seatHeight();
            case BED -> need(bed, "bed", src, path).height();
            case STEP -> need(step, "step", src, path).height();
            case SADDLE -> need(bike, "bike", src, path).saddle().y();
        };
    }

    /**
     * The x range of a raised support (seat, bed, step, saddle): only body parts above it can
     * rest on it, so a knee beyond the chair's front edge does not count. Null for the floor.
     */
    double[] supportSpan(Support support) {
        return switch (support) {
            case FLOOR -> null;
            case SEAT -> new double[] {chair.x() - Chair.SEAT_DEPTH / 2, chair.x() + Chair.SEAT_DEPTH / 2};
            case BED -> new double[] {bed.x() - bed.length() / 2, bed.x() + bed.length() / 2};
            case STEP -> new double[] {step.x() - step.length() / 2, step.x() + step.length() / 2};
            case SADDLE -> new double[] {bike.saddle().x() - 10, bike.saddle().x() + 8};
        };
    }

    static <T> T need(T prop, String name, String src, String path) {
        if (prop == null) {
            throw SpecErrors.field(src, path, "needs a " + name + " in props");
        }
        return prop;
    }

    public boolean hasFloor() { return floor; }
    public boolean hasMat() { return mat; }
    public boolean hasPillow() { return pillow; }
    public boolean hasDumbbells() { return dumbbells; }
    public Chair chair() { return chair; }
    public Double wallX() { return wallX; }
    public Step step() { return step; }
    public Bed bed() { return bed; }
    public Bike bike() { return bike; }
    public BodySide strapFoot() { return strapFoot; }
    public Double waterHeight() { return waterHeight; }
}
