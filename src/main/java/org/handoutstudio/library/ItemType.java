package org.handoutstudio.library;

/** The three kinds of library item, with the word used for each in JSON and on screen. */
public enum ItemType {
    EXERCISE("exercise", "Exercise"),
    ADVICE("advice", "Advice"),
    SAFETY_NETTING("safety-netting", "Safety-netting");

    private final String jsonName;
    private final String label;

    ItemType(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }
}
