package org.handoutstudio.figures;

/**
 * Equipment in the picture. {@code type}: floor, mat, pillow, chair, wall, step, bed,
 * dumbbells, strap, bike, water. Optional fields, in cm: x (chair seat centre, wall face,
 * step/bed centre, bike bottom bracket), height (chair seat, step, bed, water surface), length
 * (step/bed length), facing (chair: right or left, the way a sitter faces), side (strap: the
 * foot it loops round), angle (bike: right crank angle, degrees anticlockwise from forward).
 */
public record PropSpec(String type, Double x, Double height, Double length, String facing, String side,
                       Double angle) { }
