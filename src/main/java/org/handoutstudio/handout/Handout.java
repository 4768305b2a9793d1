package org.handoutstudio.handout;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.handoutstudio.io.Problems;
import org.handoutstudio.library.Condition;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.WebLinks;

/**
 * The document a clinician builds. Immutable: every edit makes a new Handout, which keeps undo
 * simple and lets layout run on another thread without locks.
 *
 * @param branding    path of a branding file, relative to the handout file, or null for the
 *                    user's own branding settings
 * @param layout      how exercise cards print; null for the default
 * @param diary       whether to add the exercise plan and diary page; {@code diaryWeeks} weeks of it
 * @param inkSaver    no tinted backgrounds or filled bands, for black-and-white printers
 * @param moreInfoUrl a practice web page printed as a QR code and a link
 * @param conditions  the conditions the handout is written for (from its template)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Handout(int schemaVersion, String title, PatientDetails patient, List<HandoutItem> items,
                      String branding, Paper paper, Boolean largePrint, ExerciseLayout layout, Boolean diary,
                      Integer diaryWeeks, Boolean inkSaver, String moreInfoUrl,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Condition> conditions) {

    public static final int CURRENT_SCHEMA = 1;
    static final int MAX_TITLE = 200;
    static final int MAX_ITEMS = 500;
    static final int MAX_PATH = 500;
    /** A diary covers 1 to this many weeks. */
    public static final int MAX_DIARY_WEEKS = 6;
    public static final int DEFAULT_DIARY_WEEKS = 2;

    public Handout {
        patient = patient == null ? PatientDetails.BLANK : patient;
        items = items == null ? List.of() : List.copyOf(items);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** A handout with a title and the given items, every option left to its default. */
    public static Handout of(String title, List<HandoutItem> items) {
        return new Handout(CURRENT_SCHEMA, title, PatientDetails.BLANK, items, null, null, null, null, null, null, null,
                null, List.of());
    }

    public static Handout blank(String title) {
        return of(title, List.of());
    }

    public Handout withTitle(String newTitle) {
        return new Handout(schemaVersion, newTitle, patient, items, branding, paper, largePrint, layout, diary,
                diaryWeeks, inkSaver, moreInfoUrl, conditions);
    }

    public Handout withPatient(PatientDetails newPatient) {
        return new Handout(schemaVersion, title, newPatient, items, branding, paper, largePrint, layout, diary,
                diaryWeeks, inkSaver, moreInfoUrl, conditions);
    }

    public Handout withItems(List<HandoutItem> newItems) {
        return new Handout(schemaVersion, title, patient, newItems, branding, paper, largePrint, layout, diary,
                diaryWeeks, inkSaver, moreInfoUrl, conditions);
    }

    public Handout withItem(int index, HandoutItem item) {
        List<HandoutItem> copy = new ArrayList<>(items);
        copy.set(index, item);
        return withItems(copy);
    }

    public Handout withBranding(String newBranding) {
        return new Handout(schemaVersion, title, patient, items, newBranding, paper, largePrint, layout, diary,
                diaryWeeks, inkSaver, moreInfoUrl, conditions);
    }

    public Handout withMoreInfoUrl(String newUrl) {
        return new Handout(schemaVersion, title, patient, items, branding, paper, largePrint, layout, diary,
                diaryWeeks, inkSaver, newUrl, conditions);
    }

    /** This handout printed in {@code newLayout}, with or without the diary and ink saver. */
    public Handout withPrintOptions(ExerciseLayout newLayout, Boolean newDiary, Integer newDiaryWeeks, Boolean newInkSaver) {
        return new Handout(schemaVersion, title, patient, items, branding, paper, largePrint, newLayout, newDiary,
                newDiaryWeeks, newInkSaver, moreInfoUrl, conditions);
    }

    public Handout withConditions(List<Condition> newConditions) {
        return new Handout(schemaVersion, title, patient, items, branding, paper, largePrint, layout, diary,
                diaryWeeks, inkSaver, moreInfoUrl, newConditions);
    }

    /** Problems with this handout on its own and against {@code library} (unknown refs). */
    public void validate(Problems problems, Library library) {
        problems.requireText(title, "title", MAX_TITLE);
        patient.validate(problems);
        problems.limit(branding, "branding", MAX_PATH);
        if (items.size() > MAX_ITEMS) {
            problems.add("items", "has " + items.size() + " entries; the most a handout can hold is " + MAX_ITEMS);
        }
        WebLinks.validate(problems, "moreInfoUrl", moreInfoUrl);
        if (diaryWeeks != null && (diaryWeeks < 1 || diaryWeeks > MAX_DIARY_WEEKS)) {
            problems.add("diaryWeeks", "must be between 1 and " + MAX_DIARY_WEEKS + " (it is " + diaryWeeks + ")");
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
