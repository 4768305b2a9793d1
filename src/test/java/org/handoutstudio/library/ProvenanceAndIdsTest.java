package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvenanceAndIdsTest {

    @Test
    void eachSaveBumpsTheLastNumberOfTheVersion() {
        assertEquals("1.0.2", Provenance.nextVersion("1.0.1"));
        assertEquals("3", Provenance.nextVersion("2"));
        assertEquals("1.9.10", Provenance.nextVersion("1.9.9"));
        assertEquals("draft.1", Provenance.nextVersion("draft"));
        assertEquals(Provenance.FIRST_VERSION, Provenance.nextVersion(null));
    }

    @Test
    void aSaveIsReviewedTodayDueInThreeYearsAndNoLongerApproved() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        Provenance before = new Provenance("1.1.0", LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1),
                List.of("NICE NG59"), "Old Author", "Dr Approver");
        Provenance after = before.savedBy("New Author", day, null);
        assertEquals("1.1.1", after.version());
        assertEquals(day, after.lastReviewed());
        assertEquals(LocalDate.of(2029, 11, 30), after.nextReview());
        assertEquals("New Author", after.author());
        assertEquals(List.of("NICE NG59"), after.sources());
        assertNull(after.approvedBy());
        assertEquals(LocalDate.of(2027, 6, 1), before.savedBy("A", day, LocalDate.of(2027, 6, 1)).nextReview());
    }

    @Test
    void idsComeFromTitlesAndNeverRepeat() {
        assertEquals("calf-stretch-on-a-step", Ids.fromTitle("Calf stretch on a step!", id -> false));
        assertEquals("knee-rolls-3", Ids.fromTitle("Knee rolls", Set.of("knee-rolls", "knee-rolls-2")::contains));
        assertEquals("epaule-douce", Ids.fromTitle("Épaule douce", id -> false));
        assertEquals("item", Ids.fromTitle("???", id -> false));
        String long80 = Ids.fromTitle("word ".repeat(40), id -> false);
        assertEquals(true, Ids.isValid(long80) && long80.length() <= 76, long80);
    }
}
