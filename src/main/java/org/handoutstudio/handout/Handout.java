package org.handoutstudio.handout;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.handoutstudio.io.Problems;
import org.handoutstudio.library.Library;

/**
 * The document a clinician builds. Immutable: every edit makes a new Handout, which keeps undo
 * simple and lets layout run on another thread without locks.
 *
 * @param branding path of a branding file, relative to the handout file, or null for the
 *                 user's own branding settings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Handout(int schemaVersion, String title, PatientDetails patient, List<HandoutItem> items,
                      String branding, Paper paper, Boolean largePrint) {

    public static final int CURRENT_SCHEMA = 1;
    static final int MAX_TITLE = 200;
    static final int MAX_ITEMS = 500;

    public Handout {
        patient = patient == null ? PatientDetails.BLANK : patient;
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static Handout blank(String title) {
        return new Handout(CURRENT_SCHEMA, title, PatientDetails.BLANK, List.of(), null, null, null);
    }

    public Handout withTitle(String newTitle) {
        return new Handout(schemaVersion, newTitle, patient, items, branding, paper, largePrint);
    }

    public Handout withPatient(PatientDetails newPatient) {
        return new Handout(schemaVersion, title, newPatient, items, branding, paper, largePrint);
    }

    public Handout withItems(List<HandoutItem> newItems) {
        return new Handout(schemaVersion, title, patient, newItems, branding, paper, largePrint);
    }

    public Handout withItem(int index, HandoutItem item) {
        List<HandoutItem> copy = new ArrayList<>(items);
        copy.set(index, item);
        return withItems(copy);
    }

    /** Problems with this handout on its own and against {@code library} (unknown refs). */
    public void validate(Problems problems, Library library) {
        if (title == null || title.isBlank()) {
            problems.add("title", "is required and must not be blank");
        } else if (title.length() > MAX_TITLE) {
            problems.add("title", "is longer than " + MAX_TITLE + " characters");
        }
        if (items.size() > MAX_ITEMS) {
            problems.add("items", "has " + items.size() + " entries; the most a handout can hold is " + MAX_ITEMS);
        }
        for (int i = 0; i < items.size(); i++) {
            HandoutItem item = items.get(i);
            String path = "items[" + i + "]";
            if (item == null) {
                problems.add(path, "is empty");
                continue;
            }
            item.validate(problems, path);
            if (item.ref() != null && !library.contains(item.ref())) {
                problems.add(path + ".ref", "no library item has the id \"" + item.ref() + "\"");
            }
        }
    }
}
