package org.handoutstudio.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * As-you-type search over the library. Items are indexed once into a sorted vocabulary of
 * words (lower case, accents removed), each word with the items it appears in and the weight of
 * the best field it appears in: name, alternative names, tags (type, body region, category,
 * position, equipment, tier), keywords, text. A query matches an item when every query word
 * starts some word of the item; results are ranked by the weights matched (name first), then
 * alphabetically.
 */
public final class LibrarySearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    static final int NAME = 100;
    static final int ALTERNATIVE_NAME = 60;
    static final int TAG = 30;
    static final int KEYWORD = 25;
    static final int TEXT = 10;

    private final LibraryItem[] items;
    private final String[] foldedNames;
    /** Position of each item when sorted by name, so ranking never compares strings. */
    private final int[] nameRank;
    private final int[] itemAtRank;
    private final String[] vocabulary;
    private final int[][] postingItems;
    private final int[][] postingWeights;

    public record Hit(LibraryItem item, int score) { }

    public LibrarySearch(List<LibraryItem> library) {
        items = library.toArray(new LibraryItem[0]);
        foldedNames = new String[items.length];
        Map<String, Postings> byWord = new HashMap<>();
        for (int i = 0; i < items.length; i++) {
            LibraryItem item = items[i];
            foldedNames[i] = fold(item.title() == null ? "" : item.title());
            index(byWord, i, NAME, List.of(item.title() == null ? "" : item.title()));
            index(byWord, i, ALTERNATIVE_NAME, alternativeNames(item));
            index(byWord, i, TAG, tags(item));
            index(byWord, i, KEYWORD, item.keywords());
            index(byWord, i, TEXT, item.texts());
        }
        vocabulary = byWord.keySet().toArray(new String[0]);
        Arrays.sort(vocabulary);
        postingItems = new int[vocabulary.length][];
        postingWeights = new int[vocabulary.length][];
        for (int w = 0; w < vocabulary.length; w++) {
            Postings postings = byWord.get(vocabulary[w]);
            postingItems[w] = Arrays.copyOf(postings.items, postings.size);
            postingWeights[w] = Arrays.copyOf(postings.weights, postings.size);
        }
        Integer[] byName = new Integer[items.length];
        for (int i = 0; i < byName.length; i++) {
            byName[i] = i;
        }
        Arrays.sort(byName, Comparator.comparing((Integer i) -> foldedNames[i]));
        nameRank = new int[items.length];
        itemAtRank = new int[items.length];
        for (int rank = 0; rank < byName.length; rank++) {
            nameRank[byName[rank]] = rank;
            itemAtRank[rank] = byName[rank];
        }
    }

    /** Item numbers for one word, in increasing order, with the best weight for each. */
    private static final class Postings {
        int[] items = new int[4];
        int[] weights = new int[4];
        int size;

        void add(int item, int weight) {
            if (size > 0 && items[size - 1] == item) {
                weights[size - 1] = Math.max(weights[size - 1], weight);
                return;
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            items[size] = item;
            weights[size] = weight;
            size++;
        }
    }

    private static void index(Map<String, Postings> byWord, int item, int weight, List<String> texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : NON_WORD.split(fold(text))) {
                if (!word.isEmpty()) {
                    byWord.computeIfAbsent(word, key -> new Postings()).add(item, weight);
                }
            }
        }
    }

    private static List<String> alternativeNames(LibraryItem item) {
        return item instanceof Exercise exercise ? exercise.alternativeNames() : List.of();
    }

    private static List<String> tags(LibraryItem item) {
        List<String> tags = new ArrayList<>();
        tags.add(item.type().label());
        item.bodyRegions().forEach(region -> tags.add(region.label()));
        if (item instanceof Exercise exercise) {
            if (exercise.category() != null) {
                tags.add(exercise.category().label());
            }
            if (exercise.position() != null) {
                tags.add(exercise.position().label());
            }
            tags.addAll(exercise.equipment());
        }
        if (item instanceof SafetyNetting safety) {
            safety.sections().forEach(section -> tags.add(section.tier() == null ? "" : section.tier().word()));
        }
        return tags;
    }

    /** Lower case, accents removed: "Épaule" and "epaule" are the same word. */
    public static String fold(String text) {
        if (Unicode.isUnaffected(text)) {
            return text.toLowerCase(Locale.ROOT); // no accents to strip
        }
        return MARKS.matcher(Unicode.decomposed(text)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    public List<Hit> search(String query) {
        return search(query, item -> true);
    }

    /** All items matching every word of {@code query} and {@code filter}, best first. */
    public List<Hit> search(String query, Predicate<LibraryItem> filter) {
        String[] terms = Arrays.stream(NON_WORD.split(fold(query == null ? "" : query)))
                .filter(term -> !term.isEmpty()).distinct().toArray(String[]::new);
        int[] total = new int[items.length];
        int[] matched = new int[items.length];
        int[] best = new int[items.length];
        for (String term : terms) {
            Arrays.fill(best, 0);
            int start = Arrays.binarySearch(vocabulary, term);
            for (int w = start >= 0 ? start : -start - 1; w < vocabulary.length && vocabulary[w].startsWith(term); w++) {
                int[] postings = postingItems[w];
                int[] weights = postingWeights[w];
                for (int p = 0; p < postings.length; p++) {
                    if (weights[p] > best[postings[p]]) {
                        best[postings[p]] = weights[p];
                    }
                }
            }
            for (int i = 0; i < items.length; i++) {
                if (best[i] > 0) {
                    total[i] += best[i];
                    matched[i]++;
                }
            }
        }
        // Sort keys: higher score first, then name order; packed so sorting compares longs only.
        long[] keys = new long[items.length];
        int count = 0;
        for (int i = 0; i < items.length; i++) {
            if (matched[i] == terms.length && filter.test(items[i])) {
                int score = total[i] + (terms.length > 0 && foldedNames[i].startsWith(terms[0]) ? NAME / 2 : 0);
                total[i] = score;
                keys[count++] = ((long) (Integer.MAX_VALUE - score) << 32) | nameRank[i];
            }
        }
        Arrays.sort(keys, 0, count);
        List<Hit> hits = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int item = itemAtRank[(int) (keys[k] & 0xFFFFFFFFL)];
            hits.add(new Hit(items[item], total[item]));
        }
        return hits;
    }
}
