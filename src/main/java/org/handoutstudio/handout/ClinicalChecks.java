package org.handoutstudio.handout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.handoutstudio.library.Condition;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.SafetyNetting;
import org.handoutstudio.library.Tier;

/**
 * Combinations in a handout a clinician should look at before printing it (not errors: the
 * clinician may have chosen them on purpose). An exercise that needs care with a condition the
 * handout is written for (for example loaded bending in a handout for someone with osteoporosis),
 * and a shortened list of cauda equina signs with no full list anywhere in the handout.
 */
public final class ClinicalChecks {

    /** A sign of cauda equina syndrome (or of another nerve emergency), as the library words them. */
    private static final Pattern CAUDA_EQUINA_SIGN = Pattern.compile(
            "\\b(pee|poo|urine|bladder|bowel|genital|back passage|anus|toilet paper|erection|ejaculat|saddle)",
            Pattern.CASE_INSENSITIVE);
    /** Numbness of the saddle area: the sign that makes a list about cauda equina, not the neck's cord signs. */
    private static final Pattern SADDLE_AREA = Pattern.compile(
            "(genital|back passage|anus|inner thigh|toilet paper|saddle|cauda equina)", Pattern.CASE_INSENSITIVE);
    /** A list with this many signs is the full list; one with fewer is a reminder that needs it. */
    static final int FULL_CAUDA_EQUINA_LIST = 8;

    /** One thing to check: where it is (e.g. "items[3]") and what, in words for the clinician. */
    public record Warning(String where, String message) {
        public String describe() {
            return where + ": " + message;
        }
    }

    private ClinicalChecks() {
    }

    public static List<Warning> check(Handout handout, Library library) {
        List<Warning> warnings = new ArrayList<>();
        Set<Condition> conditions = conditionsOf(handout, library);
        int fullLists = 0;
        Optional<Integer> shortList = Optional.empty();
        String shortTitle = null;
        for (int i = 0; i < handout.items().size(); i++) {
            HandoutItem entry = handout.items().get(i);
            LibraryItem item = entry == null || entry.isFreeText() ? null : library.find(entry.ref()).orElse(null);
            if (item instanceof Exercise exercise) {
                for (Condition caution : exercise.cautions()) {
                    if (conditions.contains(caution)) {
                        warnings.add(new Warning("items[" + i + "]", "\"" + exercise.name() + "\" needs care with "
                                + caution.words() + ", which this handout is written for; check it suits this person"));
                    }
                }
            } else if (item instanceof SafetyNetting safety) {
                long signs = emergencyLines(safety, CAUDA_EQUINA_SIGN);
                if (signs >= FULL_CAUDA_EQUINA_LIST) {
                    fullLists++;
                } else if (emergencyLines(safety, SADDLE_AREA) > 0 && shortList.isEmpty()) {
                    shortList = Optional.of(i);
                    shortTitle = safety.title();
                }
            }
        }
        if (fullLists == 0 && shortList.isPresent()) {
            warnings.add(new Warning("items[" + shortList.get() + "]", "\"" + shortTitle + "\" lists only some signs of "
                    + "cauda equina syndrome; add a safety-netting section with the full list (for example \"Rare but "
                    + "serious: get help straight away\")"));
        }
        return warnings;
    }

    /** The conditions a handout is written for: its own (from its template) and its safety-netting sections'. */
    public static Set<Condition> conditionsOf(Handout handout, Library library) {
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        conditions.addAll(handout.conditions());
        for (HandoutItem entry : handout.items()) {
            if (entry != null && !entry.isFreeText()) {
                library.find(entry.ref()).filter(SafetyNetting.class::isInstance).map(SafetyNetting.class::cast)
                        .ifPresent(safety -> conditions.addAll(safety.conditions()));
            }
        }
        return conditions;
    }

    /** How many things to look out for in the emergency tier match {@code sign}. */
    private static long emergencyLines(SafetyNetting safety, Pattern sign) {
        return safety.sections().stream().filter(section -> section.tier() == Tier.EMERGENCY)
                .flatMap(section -> section.lookOutFor().stream())
                .filter(line -> sign.matcher(line).find()).count();
    }
}
