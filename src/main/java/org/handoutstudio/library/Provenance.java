package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
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

    /** True when the next review date has passed: the editor warns before such an item is printed. */
    public boolean isOverdue(LocalDate today) {
        return nextReview != null && today.isAfter(nextReview);
    }
}
