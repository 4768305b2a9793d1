package org.handoutstudio.handout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.handoutstudio.io.Problems;
import org.handoutstudio.library.Condition;
import org.handoutstudio.library.Ids;
import org.handoutstudio.library.Library;

/** A starting handout for a common presentation. */
public record Template(int schemaVersion, String id, String title, String description, Kind kind, List<HandoutItem> items,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Condition> conditions,
                       @JsonInclude(JsonInclude.Include.NON_NULL) ExerciseLayout layout,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean largePrint,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean diary,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer diaryWeeks,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean inkSaver,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String moreInfoUrl) {

    public static final int CURRENT_SCHEMA = 1;

    /** A programme is dosed for one person; a leaflet is general and carries no personal dosage. */
    public enum Kind {
        @JsonProperty("programme") PROGRAMME,
        @JsonProperty("leaflet") LEAFLET
    }

    public Template {
        items = items == null ? List.of() : List.copyOf(items);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    void validate(Problems problems, Library library) {
        if (!Ids.isValid(id)) {
            problems.add("id", "\"" + id + "\" must be lower-case letters and digits joined by hyphens");
        }
        problems.requireText(description, "description", 500);
        if (kind == null) {
            problems.add("kind", "is required (programme or leaflet)");
        }
        toHandout().validate(problems, library);
    }

    /** A new handout started from this template: its items, its layout options and the conditions it is for. */
    public Handout toHandout() {
        return new Handout(Handout.CURRENT_SCHEMA, title, PatientDetails.BLANK, items, null, null, largePrint, layout, diary,
                diaryWeeks, inkSaver, moreInfoUrl, conditions);
    }

    /**
     * A clinician's own template made from {@code handout}: its items (with dosages and notes),
     * its layout options and conditions. The patient's details and branding are never kept.
     */
    public static Template of(Handout handout, String id, String title, String description) {
        boolean leaflet = handout.items().stream().allMatch(item -> item.dosage() == null);
        return new Template(CURRENT_SCHEMA, id, title, description, leaflet ? Kind.LEAFLET : Kind.PROGRAMME,
                handout.items(), handout.conditions(), handout.layout(), handout.largePrint(), handout.diary(),
                handout.diaryWeeks(), handout.inkSaver(), handout.moreInfoUrl());
    }

    public Template withTitle(String newTitle, String newDescription) {
        return new Template(schemaVersion, id, newTitle, newDescription, kind, items, conditions, layout, largePrint,
                diary, diaryWeeks, inkSaver, moreInfoUrl);
    }
}
