package org.handoutstudio.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handoutstudio.library.Condition;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.library.SafetyNetting;
import org.junit.jupiter.api.Test;

class ClinicalChecksTest {

    private static final Library LIBRARY = LibraryLoader.bundled();

    private static Handout handout(String... refs) {
        return Handout.of("Check", java.util.Arrays.stream(refs).map(HandoutItem::of).toList());
    }

    /** A bundled exercise that needs care with osteoporosis. */
    private static Exercise cautionedForOsteoporosis() {
        return LIBRARY.items().stream().filter(Exercise.class::isInstance).map(Exercise.class::cast)
                .filter(exercise -> exercise.cautions().contains(Condition.OSTEOPOROSIS)).findFirst().orElseThrow();
    }

    @Test
    void anExerciseWithACautionIsFlaggedInAHandoutForThatCondition() {
        Exercise bending = cautionedForOsteoporosis();
        SafetyNetting fracture = LIBRARY.items().stream().filter(SafetyNetting.class::isInstance)
                .map(SafetyNetting.class::cast).filter(item -> item.conditions().contains(Condition.OSTEOPOROSIS))
                .findFirst().orElseThrow();
        List<ClinicalChecks.Warning> warnings = ClinicalChecks.check(handout(bending.id(), fracture.id()), LIBRARY);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("items[0]", warnings.get(0).where());
        assertTrue(warnings.get(0).message().contains(bending.name()) && warnings.get(0).message().contains("osteoporosis"),
                warnings.get(0).message());
        assertEquals(List.of(), ClinicalChecks.check(handout(bending.id(), "back-pain-when-to-get-help"), LIBRARY));
    }

    @Test
    void aTemplatesConditionsTravelWithTheHandoutItStarts() {
        Exercise bending = cautionedForOsteoporosis();
        Handout forOsteoporosis = handout(bending.id()).withConditions(List.of(Condition.OSTEOPOROSIS));
        assertEquals(1, ClinicalChecks.check(forOsteoporosis, LIBRARY).size());
        Template template = Templates.find("after-spinal-fracture").orElseThrow();
        assertEquals(template.conditions(), template.toHandout().conditions());
    }

    @Test
    void aShortenedCaudaEquinaListNeedsTheFullListInTheSameHandout() {
        List<ClinicalChecks.Warning> alone = ClinicalChecks.check(handout("bridge", "exercise-stop-if"), LIBRARY);
        assertEquals(1, alone.size(), alone.toString());
        assertTrue(alone.get(0).message().contains("full list"), alone.get(0).message());
        assertEquals(List.of(), ClinicalChecks.check(handout("bridge", "exercise-stop-if", "cauda-equina-emergency"), LIBRARY));
        assertEquals(List.of(), ClinicalChecks.check(handout("bridge", "exercise-stop-if", "back-pain-when-to-get-help"),
                LIBRARY));
    }

    @Test
    void everyBundledTemplateWithALongCaudaEquinaListIsComplete() {
        for (Template template : Templates.bundled()) {
            ClinicalChecks.check(template.toHandout(), LIBRARY).stream()
                    .filter(warning -> warning.message().contains("cauda equina"))
                    .forEach(warning -> { throw new AssertionError(template.id() + ": " + warning.describe()); });
        }
    }
}
