package org.handoutstudio.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How easy a piece of patient text is to read: Flesch Reading Ease (higher is easier; 60 and
 * above is plain English), SMOG grade (years of schooling; the NHS asks for 10 or below) and the
 * longest sentence. Each piece of text (a paragraph, a bullet, a line of a safety-netting box) is
 * split into sentences at full stops, question and exclamation marks; a piece without one, such
 * as a bullet, counts as one sentence. Syllables are counted by the usual English spelling rules,
 * which is within a syllable of a dictionary for nearly every word patients read.
 */
public final class Readability {

    /** Plain English starts here (Flesch). */
    public static final double PLAIN_ENGLISH = 60;
    /** Fairly easy, and easy, text (Flesch). */
    public static final double FAIRLY_EASY = 70;
    public static final double EASY = 80;

    /**
     * A plain word for a Flesch score, as NHS guidance words it: easy to read (80 and above),
     * fairly easy (plain English, 60 to 80), hard (below 60).
     */
    public enum Level {
        EASY, FAIRLY_EASY, HARD;

        public static Level of(double fleschReadingEase) {
            return fleschReadingEase >= Readability.EASY ? EASY : fleschReadingEase >= PLAIN_ENGLISH ? FAIRLY_EASY : HARD;
        }
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['\u2019][A-Za-z]+)*|\\d+(?:[.,]\\d+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");
    /** Vowel pairs spoken as two syllables (compiled once: the editor scores a handout after every edit). */
    private static final Pattern IA = Pattern.compile("(?<![ct])ia");
    private static final Pattern IO = Pattern.compile("io(?!n)");
    private static final Pattern EO = Pattern.compile("(?<!p)eo");
    private static final Pattern UA = Pattern.compile("[^aeiouq]ua");
    private static final Pattern SOUNDED_ES = Pattern.compile(".*(s|x|z|ch|sh|ce|ge|se|ze)es$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z.]+}");

    /** The figures for some text; {@code longestSentence} is in words. */
    public record Score(int sentences, int words, int syllables, int polysyllables, int longestSentence) {

        public static final Score EMPTY = new Score(0, 0, 0, 0, 0);

        /** Flesch Reading Ease: 206.835 - 1.015 x words per sentence - 84.6 x syllables per word. */
        public double fleschReadingEase() {
            if (words == 0) {
                return 100;
            }
            return 206.835 - 1.015 * words / (double) sentences - 84.6 * syllables / (double) words;
        }

        /** SMOG grade: 1.0430 x sqrt(polysyllables x 30 / sentences) + 3.1291. */
        public double smog() {
            if (sentences == 0) {
                return 0;
            }
            return 1.0430 * Math.sqrt(polysyllables * 30.0 / sentences) + 3.1291;
        }

        public Score plus(Score other) {
            return new Score(sentences + other.sentences, words + other.words, syllables + other.syllables,
                    polysyllables + other.polysyllables, Math.max(longestSentence, other.longestSentence));
        }
    }

    private Readability() {
    }

    /** Scores pieces of text together, as one reader would meet them. */
    public static Score score(List<String> pieces) {
        Score total = Score.EMPTY;
        for (String piece : pieces) {
            total = total.plus(score(piece));
        }
        return total;
    }

    /** Scores one piece of text; {@code **bold**} marks and placeholders are not words. */
    public static Score score(String text) {
        if (text == null || text.isBlank()) {
            return Score.EMPTY;
        }
        String plain = PLACEHOLDER.matcher(text.replace("**", "")).replaceAll("your practice");
        Score total = Score.EMPTY;
        for (String sentence : sentences(plain)) {
            int words = 0;
            int syllables = 0;
            int polysyllables = 0;
            Matcher word = WORD.matcher(sentence);
            while (word.find()) {
                int count = syllables(word.group());
                words++;
                syllables += count;
                if (count >= 3) {
                    polysyllables++;
                }
            }
            if (words > 0) {
                total = total.plus(new Score(1, words, syllables, polysyllables, words));
            }
        }
        return total;
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            sentences.add(text.substring(start, end.end()));
            start = end.end();
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            sentences.add(text.substring(start));
        }
        return sentences;
    }

    /** Syllables in one word by spelling: vowel groups, less a silent final e, at least one. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("\u2019", "'");
        if (w.isEmpty() || Character.isDigit(w.charAt(0))) {
            return numberSyllables(w);
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        // doesn't, didn't, isn't: the n't is a syllable of its own after a consonant (not in don't, can't).
        int contraction = w.endsWith("n't") && w.length() > 4 && "aeiouy".indexOf(w.charAt(w.length() - 4)) < 0 ? 1 : 0;
        w = w.replace("'", "");
        if (w.length() <= 3) {
            return 1;
        }
        int count = 0;
        Matcher group = VOWEL_GROUP.matcher(w);
        while (group.find()) {
            count++;
        }
        // A final silent e (make, bone), but not -le after a consonant (simple, ankle) or "ee".
        if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && !w.endsWith("ie") && count > 1) {
            count--;
        } else if (w.endsWith("le") && w.length() > 2 && "aeiouy".indexOf(w.charAt(w.length() - 3)) >= 0 && count > 1) {
            count--; // -ale, -ole, -ile: the e is silent (whole, smile)
        }
        // -es and -ed are silent after most consonants (bones, moved), but not after t, d (rested, needed)
        // or s, x, z, ch, sh (passes, boxes, reaches).
        if (count > 1 && w.endsWith("ed") && !w.endsWith("ted") && !w.endsWith("ded")
                && "aeiouy".indexOf(w.charAt(w.length() - 3)) < 0) {
            count--;
        } else if (count > 1 && w.endsWith("es") && !SOUNDED_ES.matcher(w).matches()
                && "aeiouy".indexOf(w.charAt(w.length() - 3)) < 0) {
            count--;
        }
        // Vowel pairs spoken as two syllables: media, physio (not -tion, region), osteo (not people), usual (not quality).
        count += countMatches(w, IA) + countMatches(w, IO) + countMatches(w, EO) + countMatches(w, UA);
        return Math.max(1, count + contraction);
    }

    private static int countMatches(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** A number read aloud: "10" is one syllable, "150" a few; short numbers keep sentences honest. */
    private static int numberSyllables(String digits) {
        String bare = digits.replaceAll("[^0-9]", "");
        return Math.max(1, Math.min(4, bare.length() - 1));
    }
}
