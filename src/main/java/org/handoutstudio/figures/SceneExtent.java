package org.handoutstudio.figures;

import java.util.List;

/** The box (cm) the posed bodies of a figure occupy, used to size the floor, mat and wall. */
record SceneExtent(double minX, double maxX, double maxY, double minZ, double maxZ) {

    static SceneExtent of(List<PosedFigure> figures) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        double minZ = Double.MAX_VALUE, maxZ = -Double.MAX_VALUE;
        for (PosedFigure f : figures) {
            for (BodyPart part : f.parts()) {
                for (Solid.Sphere s : part.solid().probeSpheres()) {
                    Vec3 c = s.centre();
                    double r = s.radius();
                    minX = Math.min(minX, c.x() - r);
                    maxX = Math.max(maxX, c.x() + r);
                    maxY = Math.max(maxY, c.y() + r);
                    minZ = Math.min(minZ, c.z() - r);
                    maxZ = Math.max(maxZ, c.z() + r);
                }
            }
        }
        return new SceneExtent(minX, maxX, maxY, minZ, maxZ);
    }
}
