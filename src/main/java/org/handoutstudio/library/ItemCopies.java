package org.handoutstudio.library;

import java.util.List;

/** New and copied library items for the editor's content forms: blanks to fill in, copies with a new id, new provenance. */
public final class ItemCopies {

    private ItemCopies() {
    }

    /** {@code item} under another id and title (a copy that lives beside the original). */
    public static LibraryItem withIdAndTitle(LibraryItem item, String id, String title, Provenance provenance) {
        if (item instanceof Exercise e) {
            return new Exercise(id, title, e.alternativeNames(), e.purpose(), e.category(), e.bodyRegions(),
                    e.position(), e.equipment(), e.startingPosition(), e.steps(), e.youShouldFeel(), e.commonMistake(),
                    e.easier(), e.harder(), e.dosage(), e.figure(), e.photo(), e.videoUrl(), e.altText(), e.keywords(),
                    e.cautions(), provenance);
        }
        if (item instanceof Advice a) {
            return new Advice(id, title, a.summary(), a.bodyRegions(), a.keywords(), a.blocks(), provenance);
        }
        SafetyNetting s = (SafetyNetting) item;
        return new SafetyNetting(id, title, s.summary(), s.bodyRegions(), s.keywords(), s.intro(), s.sections(),
                s.conditions(), provenance);
    }

    public static LibraryItem withProvenance(LibraryItem item, Provenance provenance) {
        return withIdAndTitle(item, item.id(), item.title(), provenance);
    }

    /** An exercise to fill in: nothing chosen yet but the author and the review dates. */
    public static Exercise blankExercise(Provenance provenance) {
        return new Exercise("", "", List.of(), "", null, List.of(), null, List.of(), "", List.of(), "", "", "", "",
                Dosage.NONE, null, null, null, "", List.of(), List.of(), provenance);
    }

    public static Advice blankAdvice(Provenance provenance) {
        return new Advice("", "", "", List.of(), List.of(), List.of(), provenance);
    }

    /**
     * A safety-netting item to fill in, its three tiers already routed as every bundled item
     * routes them ({@code routes}: an item whose sections give the what-to-do, how-quickly and
     * who-to-contact of each tier); the signs are left for the clinician.
     */
    public static SafetyNetting blankSafetyNetting(Provenance provenance, SafetyNetting routes) {
        List<SafetyNetting.Section> sections = routes.sections().stream()
                .map(section -> new SafetyNetting.Section(section.tier(), List.of(), section.whatToDo(),
                        section.howQuickly(), section.whoToContact()))
                .toList();
        return new SafetyNetting("", "", "", List.of(), List.of(), "", sections, List.of(), provenance);
    }
}
