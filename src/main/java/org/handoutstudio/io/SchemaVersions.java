package org.handoutstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.Problem;

/**
 * Checks a file's {@code schemaVersion} before it is bound: newer files are refused with a
 * message that says why, older ones are migrated step by step to the current shape.
 */
public final class SchemaVersions {

    private SchemaVersions() {
    }

    /** A migration from one version to the next, applied to the raw tree. */
    @FunctionalInterface
    public interface Step {
        void upgrade(ObjectNode document);
    }

    /**
     * Returns the tree at {@code current}. {@code steps[i]} upgrades version i+1 to i+2, so a
     * reader whose current version is 1 passes no steps.
     */
    public static ObjectNode migrate(JsonNode document, int current, String source, Step... steps) {
        int found = versionOf(document, current, source);
        ObjectNode object = (ObjectNode) document;
        for (int v = found; v < current; v++) {
            steps[v - 1].upgrade(object);
            object.put("schemaVersion", v + 1);
        }
        return object;
    }

    /** The document's schema version, checked: present, a whole number, not newer than {@code current}. */
    public static int versionOf(JsonNode document, int current, String source) {
        if (!(document instanceof ObjectNode object)) {
            throw new InvalidContentException(new Problem(source, "", -1, -1, "expected a JSON object at the top of the file"));
        }
        JsonNode version = object.get("schemaVersion");
        if (version == null) {
            throw new InvalidContentException(new Problem(source, "schemaVersion", -1, -1, "is required"));
        }
        if (!version.canConvertToInt() || !version.isIntegralNumber() || version.intValue() < 1) {
            throw new InvalidContentException(new Problem(source, "schemaVersion", -1, -1, "must be a whole number from 1"));
        }
        int found = version.intValue();
        if (found > current) {
            throw new InvalidContentException(new Problem(source, "schemaVersion", -1, -1,
                    "this file was made by a newer version of Handout Studio (schema " + found
                            + "; this version reads up to " + current + "). Please update Handout Studio."));
        }
        return found;
    }
}
