package org.handoutstudio.figures;

/**
 * A movement cue drawn in the accent colour, positioned at landmark {@code at} plus
 * {@code dx, dy} (cm, y up, before mirroring). Types:
 * arc (radius, from, to in degrees anticlockwise from 3 o'clock, squash flattens it to an
 * ellipse; the arrowhead is at {@code to}), arrow (angle, length), breath (radius) and motion
 * (speed lines, length).
 */
public record CueSpec(String type, String at, Double dx, Double dy, Double radius, Double from, Double to,
                      Double squash, Double angle, Double length) { }
