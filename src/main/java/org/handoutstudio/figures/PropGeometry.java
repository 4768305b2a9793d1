package org.handoutstudio.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The solid blocks of the furniture (chair, wall, step, bed, table, doorway) in world centimetres: painted by
 * {@link PropPainter} and used by checks that the body never passes through furniture.
 */
public final class PropGeometry {

    /** An axis-aligned block; {@code soft} blocks (mattress) are drawn in the mat colour. */
    public record Block(String prop, Vec3 min, Vec3 max, double rounding, boolean soft) {

        /** How far a sphere sinks into this block (0 when it does not touch it). */
        public double penetration(Vec3 centre, double radius) {
            double dx = Math.max(Math.max(min.x() - centre.x(), 0), centre.x() - max.x());
            double dy = Math.max(Math.max(min.y() - centre.y(), 0), centre.y() - max.y());
            double dz = Math.max(Math.max(min.z() - centre.z(), 0), centre.z() - max.z());
            double outside = Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (outside > 0) {
                return Math.max(0, radius - outside);
            }
            double inside = Math.min(Math.min(Math.min(centre.x() - min.x(), max.x() - centre.x()),
                    Math.min(centre.y() - min.y(), max.y() - centre.y())),
                    Math.min(centre.z() - min.z(), max.z() - centre.z()));
            return radius + inside;
        }
    }

    /** Furniture blocks; {@code wallTop} is how tall to draw a wall. */
    public static List<Block> furniture(Equipment eq, double wallTop) {
        List<Block> blocks = new ArrayList<>();
        if (eq.wallX() != null) {
            blocks.add(new Block("wall", new Vec3(eq.wallX(), 0, -50), new Vec3(eq.wallX() + 7, wallTop, 50), 0.8, false));
        }
        if (eq.bed() != null) {
            Equipment.Bed b = eq.bed();
            double x0 = b.x() - b.length() / 2, x1 = b.x() + b.length() / 2;
            blocks.add(new Block("bed", new Vec3(x0 + 4, 0, -40), new Vec3(x0 + 9, b.height() - 16, -35), 0.8, false));
            blocks.add(new Block("bed", new Vec3(x1 - 9, 0, -40), new Vec3(x1 - 4, b.height() - 16, -35), 0.8, false));
            blocks.add(new Block("bed", new Vec3(x0, b.height() - 20, -45), new Vec3(x1, b.height() - 13, 45), 1, false));
            blocks.add(new Block("bed", new Vec3(x0, b.height() - 13, -45), new Vec3(x1, b.height(), 45), 3, true));
        }
        if (eq.step() != null) {
            Equipment.Step s = eq.step();
            blocks.add(new Block("step", new Vec3(s.x() - s.length() / 2, 0, -35),
                    new Vec3(s.x() + s.length() / 2, s.height(), 35), 1.2, false));
        }
        if (eq.chair() != null) {
            blocks.addAll(chair(eq.chair()));
        }
        if (eq.table() != null) {
            blocks.addAll(table(eq.table()));
        }
        if (eq.doorway() != null) {
            // Both jambs: in the side view the near one is painted first, so the figure hides it.
            double x = eq.doorway().x(), in = Equipment.Doorway.HALF_OPENING, out = in + Equipment.Doorway.JAMB_WIDTH;
            double depth = Equipment.Doorway.JAMB_DEPTH;
            blocks.add(new Block("doorway", new Vec3(x, 0, -out), new Vec3(x + depth, wallTop, -in), 0.8, false));
            blocks.add(new Block("doorway", new Vec3(x, 0, in), new Vec3(x + depth, wallTop, out), 0.8, false));
        }
        return blocks;
    }

    private static List<Block> table(Equipment.Table t) {
        double x0 = t.x() - t.length() / 2, x1 = t.x() + t.length() / 2, top = t.height();
        double leg = Equipment.Table.LEG, under = top - Equipment.Table.TOP_THICKNESS;
        double z0 = t.zRange()[0], z1 = t.zRange()[1];
        List<Block> blocks = new ArrayList<>();
        // Legs set well in from the sides so that knees fit under the top and a side table clears the thigh.
        for (double z : new double[] {z0 + 10, z1 - 10 - leg}) {
            for (double x : new double[] {x0 + 3, x1 - 3 - leg}) {
                blocks.add(new Block("table", new Vec3(x, 0, z), new Vec3(x + leg, under + 1, z + leg), 0.8, false));
            }
        }
        blocks.add(new Block("table", new Vec3(x0, under, z0), new Vec3(x1, top, z1), 1.2, false));
        return blocks;
    }

    private static List<Block> chair(Equipment.Chair c) {
        double h = c.seatHeight(), f = c.facing();
        double half = Equipment.Chair.HALF_WIDTH, leg = 3.4;
        double frontLegX = c.x() + f * (Equipment.Chair.SEAT_DEPTH / 2 - leg / 2);
        double back = c.backX();
        double bt = Equipment.Chair.BACK_THICKNESS / 2;
        List<Block> blocks = new ArrayList<>();
        for (double z : new double[] {-half + leg / 2, half - leg / 2}) {
            for (double x : new double[] {frontLegX, back}) {
                blocks.add(new Block("chair", new Vec3(x - leg / 2, 0, z - leg / 2), new Vec3(x + leg / 2, h - 3, z + leg / 2), 0.8, false));
            }
        }
        blocks.add(new Block("chair", new Vec3(c.x() - Equipment.Chair.SEAT_DEPTH / 2, h - Equipment.Chair.SEAT_THICKNESS, -half),
                new Vec3(c.x() + Equipment.Chair.SEAT_DEPTH / 2, h, half), 1.2, false));
        blocks.add(new Block("chair", new Vec3(back - bt, h - 2, -half), new Vec3(back + bt, c.backTop(), half), 1.2, false));
        return blocks;
    }

    private PropGeometry() { }
}
