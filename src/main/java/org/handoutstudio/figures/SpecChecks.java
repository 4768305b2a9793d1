package org.handoutstudio.figures;

import java.util.regex.Pattern;

/** Checks the top level of a figure file; poses and props are checked where they are resolved. */
final class SpecChecks {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static void checkTopLevel(FigureSpec spec, String src) {
        if (spec.schemaVersion() == null) {
            throw SpecErrors.field(src, "schemaVersion", "is required (use " + FigureSpec.SCHEMA_VERSION + ")");
        }
        if (spec.schemaVersion() > FigureSpec.SCHEMA_VERSION) {
            throw SpecErrors.field(src, "schemaVersion", "this file was made by a newer version of Handout Studio");
        }
        if (spec.schemaVersion() != FigureSpec.SCHEMA_VERSION) {
            throw SpecErrors.field(src, "schemaVersion", "must be " + FigureSpec.SCHEMA_VERSION);
        }
        String id = SpecErrors.required(spec.id(), src, "id");
        if (!ID.matcher(id).matches()) {
            throw SpecErrors.field(src, "id", "'" + id + "' must be lower-case words joined by hyphens");
        }
        String layout = SpecErrors.required(spec.layout(), src, "layout");
        if (layout.equals(FigureSpec.START_END)) {
            if (spec.pose() != null) {
                throw SpecErrors.field(src, "pose", "a start-end figure uses start and end, not pose");
            }
            if (spec.start() == null) throw SpecErrors.field(src, "start", "is required for a start-end figure");
            if (spec.end() == null) throw SpecErrors.field(src, "end", "is required for a start-end figure");
        } else if (layout.equals(FigureSpec.SINGLE)) {
            if (spec.start() != null || spec.end() != null) {
                throw SpecErrors.field(src, spec.start() != null ? "start" : "end", "a single figure uses pose, not start and end");
            }
            if (spec.pose() == null) throw SpecErrors.field(src, "pose", "is required for a single figure");
        } else {
            throw SpecErrors.field(src, "layout", "unknown layout '" + layout + "' (expected start-end or single)");
        }
        if (spec.badge() != null && !spec.badge().equals("hold") && !spec.badge().equals("none")) {
            throw SpecErrors.field(src, "badge", "unknown badge '" + spec.badge() + "' (expected hold or none)");
        }
        if (spec.view() != null) {
            if (spec.view().yaw() != null) SpecErrors.number(spec.view().yaw(), src, "view.yaw", -360, 360);
            if (spec.view().pitch() != null) SpecErrors.number(spec.view().pitch(), src, "view.pitch", -90, 90);
        }
    }

    private SpecChecks() { }
}
