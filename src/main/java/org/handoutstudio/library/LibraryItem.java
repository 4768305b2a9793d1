package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.handoutstudio.io.Problems;

/** Anything a clinician can add to a handout from the library. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Exercise.class, name = "exercise"),
    @JsonSubTypes.Type(value = Advice.class, name = "advice"),
    @JsonSubTypes.Type(value = SafetyNetting.class, name = "safety-netting")
})
public sealed interface LibraryItem permits Exercise, Advice, SafetyNetting {

    /** A name, title, keyword or author. */
    int MAX_TITLE = 200;
    /** One sentence or a few: a step, a sign to look out for, a summary, a source. */
    int MAX_SENTENCE = 1000;
    int MAX_PATH = 500;
    /** Blocks in one advice item. */
    int MAX_BLOCKS = 200;

    String id();

    /** The name shown in the library and printed as the item's heading. */
    String title();

    ItemType type();

    /** One plain line for the library browser. */
    String summary();

    List<BodyRegion> bodyRegions();

    List<String> keywords();

    Provenance provenance();

    /** All the text a patient would read, for search and for checking it can be printed. */
    List<String> texts();

    /** Adds every problem with this item to {@code problems}; {@code path} locates it in its file. */
    void validate(Problems problems, String path);

    /** Each entry of an optional list of text is at most {@code max} characters. */
    static void limitEach(Problems problems, String path, List<String> values, int max) {
        for (int i = 0; i < values.size(); i++) {
            problems.limit(values.get(i), path + "[" + i + "]", max);
        }
    }
}
