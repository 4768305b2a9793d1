package org.handoutstudio.figures;

/** One drawn piece of the figure, tagged with its silhouette group and anatomy. */
public record BodyPart(BodyGroup group, Anatomy anatomy, Solid solid) {

    public enum Anatomy { TRUNK, NECK, HEAD, NOSE, THIGH, SHIN, FOOT, UPPER_ARM, FOREARM, HAND }
}
