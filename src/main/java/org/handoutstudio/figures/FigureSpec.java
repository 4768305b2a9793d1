package org.handoutstudio.figures;

import java.util.List;

/**
 * One exercise illustration as stored in {@code /assets/library/figures/<id>.json}.
 *
 * <pre>
 * {
 *   "schemaVersion": 1,
 *   "id": "bridge",                       // must match the file name
 *   "title": "Bridge",                    // optional, for people reading the file
 *   "layout": "start-end",                // start-end: two poses and an arrow; single: one pose
 *   "view": {"yaw": 0, "pitch": 0},       // optional camera, see ViewSpec; default side view
 *   "props": [{"type": "mat"}],           // see PropSpec
 *   "badge": "hold",                      // optional, single layout: hold (a clock) or none
 *   "start": { pose }, "end": { pose },   // for start-end
 *   "pose":  { pose }                     // for single
 * }
 *
 * pose (all fields optional; they override the base pose):
 * {
 *   "base": "supine-knees-bent",          // a named pose from base-poses.json
 *   "body": "supine",                     // upright | supine | prone | side-left
 *   "lean": -20, "turn": 0, "roll": 0,    // extra pelvis pitch forward, turn to the left, roll
 *   "support": "floor",                   // what the body rests on: floor, seat, bed, step, saddle
 *   "anchor": {"point": "shoulders", "x": 0},   // landmark placed at world x (cm)
 *   "spine": {"lumbar": 10, "thoracic": 20, "neck": 0, "head": 0, "twist": 0, ...},
 *   "both":  {"hip": 45, "knee": 90},     // limb angles for both sides
 *   "left":  {"shoulder": 90}, "right": {...},
 *   "reach": {"hands": {"to": "floor", "dx": 5}, "feet": {"to": "floor", "x": 95}},
 *   "flatFeet": true,                     // turn the ankles so the soles are level
 *   "face": false,                        // draw a small nose to show which way the head faces
 *   "cues": [{"type": "arc", "at": "pelvis", "radius": 20, "from": 200, "to": 250}]
 * }
 * </pre>
 *
 * Units: centimetres for a 170 cm adult, degrees for angles. World: x forward, y up (floor at
 * y = 0), z toward the side-view camera.
 */
public record FigureSpec(Integer schemaVersion, String id, String title, String layout, ViewSpec view,
                         List<PropSpec> props, String badge, PoseSpec pose, PoseSpec start, PoseSpec end) {

    public static final int SCHEMA_VERSION = 1;
    public static final String START_END = "start-end";
    public static final String SINGLE = "single";

    public boolean isStartEnd() {
        return START_END.equals(layout);
    }

    /** The poses to draw, in reading order. */
    public List<PoseSpec> poses() {
        return isStartEnd() ? List.of(start, end) : List.of(pose);
    }

    public List<PropSpec> propsOrEmpty() {
        return props == null ? List.of() : props;
    }

    public ViewSpec viewOrDefault() {
        return view == null ? new ViewSpec(0.0, 0.0) : view;
    }
}
