package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handoutstudio.io.Problems;

/** Who wrote an item, from which sources, and when it was last and is next reviewed. */
public record Provenance(String version, LocalDate lastReviewed, LocalDate nextReview, List<String> sources, String author,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) String approvedBy) {

    public Provenance {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    void validate(Problems problems, String path) {
        problems.requireText(version, path + ".version", 40);
        problems.limit(author, path + ".author", LibraryItem.MAX_TITLE);
        problems.limit(approvedBy, path + ".approvedBy", LibraryItem.MAX_TITLE);
        LibraryItem.limitEach(problems, path + ".sources", sources, LibraryItem.MAX_SENTENCE);
        problems.require(lastReviewed, path + ".lastReviewed");
        problems.require(nextReview, path + ".nextReview");
        problems.requireText(author, path + ".author");
        if (sources.isEmpty()) {
            problems.add(path + ".sources", "list at least one source");
        }
        if (lastReviewed != null && nextReview != null && !nextReview.isAfter(lastReviewed)) {
            problems.add(path + ".nextReview", "must be after lastReviewed");
        }
    }

    /** How long a saved item stays current before it is due for review, unless the clinician says otherwise. */
    public static final int REVIEW_YEARS = 3;

    /** The provenance of an item a clinician writes from scratch, before its first save. */
    public static Provenance first(String author, LocalDate today, List<String> sources) {
        return new Provenance(FIRST_VERSION, today, today.plusYears(REVIEW_YEARS), sources, author, null);
    }

    public static final String FIRST_VERSION = "1.0.0";
    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)$");

    /**
     * This provenance as a save by {@code author} today leaves it: the next version, reviewed
     * today, next review {@code nextReview} (or {@value #REVIEW_YEARS} years on when null). A
     * changed item has not been signed off, so any approval is cleared.
     */
    public Provenance savedBy(String author, LocalDate today, LocalDate nextReview) {
        return new Provenance(nextVersion(version), today, nextReview != null ? nextReview : today.plusYears(REVIEW_YEARS),
                sources, author, null);
    }

    /** "1.0.2" after "1.0.1", "3" after "2"; a version without a number at its end gets ".1". */
    public static String nextVersion(String version) {
        if (version == null || version.isBlank()) {
            return FIRST_VERSION;
        }
        Matcher last = LAST_NUMBER.matcher(version);
        if (!last.find()) {
            return version + ".1";
        }
        String number = last.group(1);
        String next = number.length() > 9 ? number + "1" : Long.toString(Long.parseLong(number) + 1);
        return version.substring(0, last.start()) + next;
    }

    /** True when the next review date has passed: the editor warns before such an item is printed. */
    public boolean isOverdue(LocalDate today) {
        return nextReview != null && today.isAfter(nextReview);
    }
}
