package org.handoutstudio.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.library.Readability;
import org.handoutstudio.library.TextBlock;
import org.junit.jupiter.api.Test;

class HandoutReadabilityTest {

    private static final Library LIBRARY = LibraryLoader.bundled();

    @Test
    void aBlankHandoutHasNothingToJudge() {
        HandoutReadability.Result result = HandoutReadability.of(Handout.blank("New"), LIBRARY);
        assertTrue(result.hardest().isEmpty());
        assertEquals(1, result.overall().words());
    }

    @Test
    void theHardestItemIsNamedAndTheLevelFollowsTheScore() {
        String hard = "Physiotherapeutic rehabilitation necessitates individualised, progressive, evidence-informed "
                + "interventions, comprehensively accommodating multidimensional biopsychosocial considerations.";
        Handout handout = Handout.blank("Knee").withItems(List.of(
                HandoutItem.of("bridge"),
                HandoutItem.freeText("Your plan", List.of(new TextBlock.Paragraph(hard))),
                HandoutItem.freeText("Walking", List.of(new TextBlock.Paragraph(
                        "Walk a little each day. Stop if it hurts a lot. Rest, then try again. Go a bit further each week.")))));
        HandoutReadability.Result result = HandoutReadability.of(handout, LIBRARY);
        assertEquals(1, result.hardest().orElseThrow().index());
        assertEquals("Your plan", result.hardest().orElseThrow().title());
        assertTrue(result.hardest().orElseThrow().fleschReadingEase() < result.fleschReadingEase());
        assertEquals(Readability.Level.HARD, Readability.Level.of(result.hardest().orElseThrow().fleschReadingEase()));
    }

    @Test
    void theHandoutsOwnTextAndNotesCount() {
        Handout plain = Handout.blank("Back").withItems(List.of(HandoutItem.of("bridge")));
        Handout noted = Handout.blank("Back").withItems(List.of(HandoutItem.of("bridge").withNote("Do these slowly.")));
        assertEquals(HandoutReadability.of(plain, LIBRARY).overall().words() + 3,
                HandoutReadability.of(noted, LIBRARY).overall().words());
    }

    @Test
    void levelsUseThePlainEnglishBands() {
        assertEquals(Readability.Level.EASY, Readability.Level.of(85));
        assertEquals(Readability.Level.FAIRLY_EASY, Readability.Level.of(60));
        assertEquals(Readability.Level.FAIRLY_EASY, Readability.Level.of(79.9));
        assertEquals(Readability.Level.HARD, Readability.Level.of(59.9));
    }

    @Test
    void everyTemplateReadsAtLeastFairlyEasily() {
        for (Template template : Templates.bundled()) {
            HandoutReadability.Result result = HandoutReadability.of(template.toHandout(), LIBRARY);
            assertTrue(result.fleschReadingEase() >= Readability.PLAIN_ENGLISH,
                    template.id() + ": " + result.fleschReadingEase());
        }
    }

    @Test
    void rememberedScoresGiveTheSameResult() {
        HandoutReadability scorer = new HandoutReadability(LIBRARY);
        for (Template template : Templates.bundled()) {
            Handout handout = template.toHandout();
            assertEquals(HandoutReadability.of(handout, LIBRARY), scorer.score(handout));
            assertEquals(HandoutReadability.of(handout, LIBRARY), scorer.score(handout), "again, from memory");
        }
    }
}
