package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void countsSyllablesAsPatientsSayThem() {
        Map<String, Integer> words = Map.ofEntries(Map.entry("back", 1), Map.entry("knee", 1), Map.entry("whole", 1),
                Map.entry("moved", 1), Map.entry("bones", 1), Map.entry("make", 1), Map.entry("the", 1),
                Map.entry("rested", 2), Map.entry("passes", 2), Map.entry("ankle", 2), Map.entry("people", 2),
                Map.entry("tingling", 2), Map.entry("tablets", 2), Map.entry("exercise", 3), Map.entry("medicine", 3),
                Map.entry("exercises", 4), Map.entry("comfortable", 4), Map.entry("usually", 4),
                Map.entry("physiotherapist", 6), Map.entry("osteoporosis", 6), Map.entry("10", 1),
                Map.entry("doesn't", 2), Map.entry("person's", 2));
        words.forEach((word, syllables) -> assertEquals(syllables, Readability.syllables(word), word));
    }

    @Test
    void scoresTheTextbookFormulas() {
        Readability.Score score = Readability.score("The cat sat on the mat. It was happy.");
        assertEquals(2, score.sentences());
        assertEquals(9, score.words());
        assertEquals(10, score.syllables());
        assertEquals(0, score.polysyllables());
        assertEquals(6, score.longestSentence());
        assertEquals(206.835 - 1.015 * 9 / 2 - 84.6 * 10 / 9, score.fleschReadingEase(), 1e-9);
        assertEquals(3.1291, score.smog(), 1e-9);
    }

    @Test
    void plainShortSentencesScoreEasyAndLongLatinateOnesHard() {
        double plain = Readability.score("Walk a little each day. Stop if it hurts a lot. Rest, then try again.")
                .fleschReadingEase();
        double hard = Readability.score("Physiotherapeutic rehabilitation necessitates individualised, progressive "
                + "musculoskeletal conditioning, considering comorbidities.").fleschReadingEase();
        assertTrue(plain > Readability.EASY, "plain " + plain);
        assertTrue(hard < 0, "hard " + hard);
    }

    @Test
    void boldMarksPlaceholdersAndBulletsAreHandled() {
        Readability.Score score = Readability.score(List.of("**Stop** and call {practice.phone}.", "A bullet without a stop"));
        assertEquals(2, score.sentences());
        assertEquals(5 + 5, score.words(), "a placeholder reads as two words");
    }
}
