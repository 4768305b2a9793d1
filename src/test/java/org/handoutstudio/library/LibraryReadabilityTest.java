package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every advice and safety-netting item in the bundled library reads as plain English: Flesch
 * Reading Ease at least 60, SMOG at most 10, and no sentence longer than 25 words. An item that
 * cannot meet a rule without losing meaning is listed in {@link #EXCEPTIONS} with the reason.
 * Run this test while writing content: its message lists every item that falls short, with scores.
 */
class LibraryReadabilityTest {

    static final double MIN_FLESCH = 60;
    static final double MAX_SMOG = 10;
    static final int MAX_SENTENCE_WORDS = 25;

    /** Item id to the reason it may fall short of the rules above. */
    static final Map<String, String> EXCEPTIONS = Map.of();

    @Test
    void adviceAndSafetyNettingArePlainEnglish() {
        List<String> problems = new ArrayList<>();
        for (LibraryItem item : LibraryLoader.bundled().items()) {
            if (item instanceof Exercise || EXCEPTIONS.containsKey(item.id())) {
                continue;
            }
            Readability.Score score = Readability.score(item.texts());
            List<String> short_ = new ArrayList<>();
            if (score.fleschReadingEase() < MIN_FLESCH) {
                short_.add(String.format(Locale.ROOT, "Flesch %.1f < %.0f", score.fleschReadingEase(), MIN_FLESCH));
            }
            if (score.smog() > MAX_SMOG) {
                short_.add(String.format(Locale.ROOT, "SMOG %.1f > %.0f", score.smog(), MAX_SMOG));
            }
            for (String text : item.texts()) {
                for (String sentence : Readability.sentences(text)) {
                    int words = Readability.score(sentence).words();
                    if (words > MAX_SENTENCE_WORDS) {
                        short_.add(words + "-word sentence: \"" + sentence.strip() + "\"");
                    }
                }
            }
            if (!short_.isEmpty()) {
                problems.add(item.id() + String.format(Locale.ROOT, " (Flesch %.1f, SMOG %.1f): ",
                        score.fleschReadingEase(), score.smog()) + String.join("; ", short_));
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " item(s) are not plain enough:\n" + String.join("\n", problems));
    }

    @Test
    void exceptionsNameRealItems() {
        EXCEPTIONS.keySet().forEach(id -> assertTrue(LibraryLoader.bundled().contains(id), "no item " + id));
    }
}
