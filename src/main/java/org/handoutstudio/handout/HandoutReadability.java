package org.handoutstudio.handout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.handoutstudio.library.Advice;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.Readability;
import org.handoutstudio.library.TextBlock;

/**
 * How easy a handout's words are to read, as the patient meets them: the library's text of each
 * item (or the handout's own text where it replaces it), free-text sections and notes, scored
 * together with {@link Readability}, and the item that is hardest to read. Pure work: the editor
 * runs it off the FX thread after each change, through an instance that remembers each item's
 * score (an edit changes one item, so only that one is scored again). An instance is for one
 * thread at a time.
 */
public final class HandoutReadability {

    /** Items remembered at most; past this the memory starts again. */
    static final int REMEMBERED = 1000;

    private final Library library;
    private final Map<HandoutItem, Readability.Score> scores = new HashMap<>();

    /** Scores handouts made of {@code library}'s items, remembering each item's score. */
    public HandoutReadability(Library library) {
        this.library = library;
    }

    /** As {@link #of}, scoring only items not seen before. */
    public Result score(Handout handout) {
        if (scores.size() > REMEMBERED) {
            scores.clear();
        }
        return of(handout, library, entry -> scores.computeIfAbsent(entry,
                key -> Readability.score(texts(key, key.isFreeText() ? null : library.find(key.ref()).orElse(null)))));
    }

    /** Items with fewer words than this are too short for a fair score, so never named the hardest. */
    static final int MIN_WORDS_TO_JUDGE = 12;

    /** One item's score: its place in the handout (from 0), its title, and the figures. */
    public record ItemScore(int index, String title, Readability.Score score) {
        public double fleschReadingEase() {
            return score.fleschReadingEase();
        }
    }

    /** The whole handout's score, and its hardest item when any item is long enough to judge. */
    public record Result(Readability.Score overall, Optional<ItemScore> hardest) {
        public double fleschReadingEase() {
            return overall.fleschReadingEase();
        }

        public Readability.Level level() {
            return Readability.Level.of(fleschReadingEase());
        }

        /** True when the handout has no words to score yet. */
        public boolean isEmpty() {
            return overall.words() == 0;
        }
    }

    public static Result of(Handout handout, Library library) {
        return of(handout, library, entry -> Readability.score(texts(entry,
                entry.isFreeText() ? null : library.find(entry.ref()).orElse(null))));
    }

    private static Result of(Handout handout, Library library, Function<HandoutItem, Readability.Score> scorer) {
        List<ItemScore> items = new ArrayList<>();
        Readability.Score overall = Readability.score(handout.title());
        for (int i = 0; i < handout.items().size(); i++) {
            HandoutItem entry = handout.items().get(i);
            Optional<LibraryItem> found = entry.isFreeText() ? Optional.empty() : library.find(entry.ref());
            if (!entry.isFreeText() && found.isEmpty()) {
                continue; // a missing item prints nothing
            }
            String title = entry.isFreeText() ? entry.heading() : found.get().title();
            Readability.Score score = scorer.apply(entry);
            overall = overall.plus(score);
            items.add(new ItemScore(i, title, score));
        }
        Optional<ItemScore> hardest = items.stream().filter(item -> item.score().words() >= MIN_WORDS_TO_JUDGE)
                .min(Comparator.comparingDouble(ItemScore::fleschReadingEase));
        return new Result(overall, hardest);
    }

    /** The words an item prints: its heading and text (the handout's own where it has some) and its note. */
    static List<String> texts(HandoutItem entry, LibraryItem item) {
        List<String> texts = new ArrayList<>();
        if (entry.isFreeText()) {
            texts.add(entry.heading());
            entry.blocks().forEach(block -> texts.addAll(block.texts()));
        } else if (item instanceof Advice advice && !entry.textOverride().isEmpty()) {
            texts.add(advice.title());
            for (TextBlock block : entry.textOverride()) {
                texts.addAll(block.texts());
            }
        } else {
            texts.addAll(item.texts());
        }
        if (entry.note() != null) {
            texts.add(entry.note());
        }
        texts.removeIf(text -> text == null);
        return texts;
    }
}
