package org.handoutstudio.figures;

/**
 * Equipment in the picture. {@code type}: floor, mat, pillow, chair, wall, step, bed,
 * dumbbells, strap, bike, water, band, towel, ball, table, doorway. Optional fields, in cm: x
 * (chair seat centre, wall face, step/bed/table centre, bike bottom bracket, doorway edge, gym
 * ball centre), height (chair seat, step, bed, table top, water surface, band anchor, gym ball
 * centre against a wall), length (step/bed/table length), facing (chair: right or left, the way
 * a sitter faces), side (strap, towel, small ball: which foot, knee or hand), angle (bike: right
 * crank angle, degrees anticlockwise from forward), from and to (band ends), around (band loop:
 * knees or ankles), at (towel and ball placement), size (ball: gym or small), diameter (ball).
 */
public record PropSpec(String type, Double x, Double height, Double length, String facing, String side,
                       Double angle, String from, String to, String around, String at, String size,
                       Double diameter) { }
