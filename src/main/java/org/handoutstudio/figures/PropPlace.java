package org.handoutstudio.figures;

import java.util.Optional;

/** Where a towel or ball goes relative to the body ({@code "at"} in a prop). */
public enum PropPlace implements JsonNamed {
    UNDER_KNEE("underKnee"), UNDER_NECK("underNeck"), BETWEEN_KNEES("betweenKnees"), HAND("hand"),
    UNDER_FOOT("underFoot"), FLOOR("floor"), WALL("wall");

    public final String jsonName;

    PropPlace(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    public static Optional<PropPlace> byJsonName(String name) {
        return JsonNamed.find(PropPlace.class, name);
    }
}
