package org.handoutstudio.figures;

import java.util.List;

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

    /**
     * A table: {@code x} centre, {@code height} of the top, {@code length} along x; {@code side}
     * 0 in front of the body, +1 beside its right (a forearm rests on it with the body clear of
     * it), -1 beside its left.
     */
    public record Table(double x, double height, double length, int side) {
        public static final double TOP_THICKNESS = 3.5, HALF_DEPTH = 40, LEG = 4, BESIDE = 10;

        /** The near and far z of the top. */
        public double[] zRange() {
            return side == 0 ? new double[] {-HALF_DEPTH, HALF_DEPTH}
                    : side > 0 ? new double[] {BESIDE, BESIDE + 2 * HALF_DEPTH} : new double[] {-BESIDE - 2 * HALF_DEPTH, -BESIDE};
        }
    }

    /** A door frame whose edge (the face a forearm presses on) is at {@code x}; the opening is 90 cm wide. */
    public record Doorway(double x) {
        public static final double HALF_OPENING = 45, JAMB_WIDTH = 14, JAMB_DEPTH = 12;
    }

    boolean floor, mat, pillow, dumbbells;
    Chair chair;
    Double wallX;
    Step step;
    Bed bed;
    Bike bike;
    BodySide strapFoot;
    Double waterHeight;
    Table table;
    Doorway doorway;
    Band band;
    Towel towel;
    ExerciseBall ball;

    /** Reads and checks the props of a figure file; see {@link PropSpec}. */
    public static Equipment from(List<PropSpec> props, String src) {
        return EquipmentReader.read(props, src);
    }

    /** Height of the top of the surface a pose rests on; throws if the prop is missing. */
    double supportHeight(Support support, String src, String path) {
        return switch (support) {
            case FLOOR -> 0;
            case SEAT -> need(chair, "chair", src, path).seatHeight();
            case BED -> need(bed, "bed", src, path).height();
            case STEP -> need(step, "step", src, path).height();
            case SADDLE -> need(bike, "bike", src, path).saddle().y();
            case BALL -> gymBall(src, path).top();
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
            // Only the crown of the ball is flat enough to sit on.
            case BALL -> new double[] {ball.x() - 0.45 * ball.radius(), ball.x() + 0.45 * ball.radius()};
        };
    }

    private ExerciseBall gymBall(String src, String path) {
        ExerciseBall b = need(ball, "ball", src, path);
        if (!b.gym() || b.at() != PropPlace.FLOOR) {
            throw SpecErrors.field(src, path, "needs a gym ball on the floor (\"size\": \"gym\") to sit on");
        }
        return b;
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
    public Table table() { return table; }
    public Doorway doorway() { return doorway; }
    public Band band() { return band; }
    public Towel towel() { return towel; }
    public ExerciseBall ball() { return ball; }
}
