package org.handoutstudio.figures;

import java.util.Optional;

/**
 * What a hand is doing, for close-ups of hand and wrist exercises. {@code relaxed} (the
 * default) is the simple mitten every whole figure uses; the others are drawn with a palm,
 * four fingers and a thumb, bold enough to read when the hand is a centimetre or two wide.
 */
public enum HandShape implements JsonNamed {
    RELAXED("relaxed"), FIST("fist"), FLAT("flat"), SPREAD("spread"), TABLETOP("tabletop"), HOOK("hook"),
    THUMB_INDEX("thumb-index"), THUMB_MIDDLE("thumb-middle"), THUMB_RING("thumb-ring"), THUMB_LITTLE("thumb-little");

    public final String jsonName;

    HandShape(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** For the thumb-to-finger shapes, the finger the thumb touches (0 index .. 3 little); else -1. */
    public int thumbTouches() {
        return switch (this) {
            case THUMB_INDEX -> 0;
            case THUMB_MIDDLE -> 1;
            case THUMB_RING -> 2;
            case THUMB_LITTLE -> 3;
            default -> -1;
        };
    }

    public static Optional<HandShape> byJsonName(String name) {
        return JsonNamed.find(HandShape.class, name);
    }

    public static String names() {
        return JsonNamed.names(HandShape.class);
    }
}
