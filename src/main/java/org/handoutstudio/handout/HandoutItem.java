package org.handoutstudio.handout;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.handoutstudio.io.Problems;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.TextBlock;
import org.handoutstudio.library.WebLinks;

/**
 * One entry in a handout or template: either a library item ({@code ref}) with this handout's
 * dosage, note and text override, or a free-text section ({@code heading} and {@code blocks})
 * that the clinician wrote for this handout alone.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HandoutItem(String ref, Dosage dosage, String note, List<TextBlock> textOverride,
                          String heading, List<TextBlock> blocks, String videoUrl) {

    static final int MAX_NOTE = 2000;
    static final int MAX_HEADING = 200;
    static final int MAX_BLOCKS = 200;

    public HandoutItem {
        textOverride = textOverride == null ? List.of() : List.copyOf(textOverride);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        if (dosage != null && dosage.isEmpty()) {
            dosage = null;
        }
    }

    public static HandoutItem of(String ref) {
        return new HandoutItem(ref, null, null, List.of(), null, List.of(), null);
    }

    public static HandoutItem freeText(String heading, List<TextBlock> blocks) {
        return new HandoutItem(null, null, null, List.of(), heading, blocks, null);
    }

    @JsonIgnore
    public boolean isFreeText() {
        return ref == null;
    }

    public HandoutItem withDosage(Dosage newDosage) {
        return new HandoutItem(ref, newDosage, note, textOverride, heading, blocks, videoUrl);
    }

    public HandoutItem withNote(String newNote) {
        return new HandoutItem(ref, dosage, newNote, textOverride, heading, blocks, videoUrl);
    }

    public HandoutItem withTextOverride(List<TextBlock> newText) {
        return new HandoutItem(ref, dosage, note, newText, heading, blocks, videoUrl);
    }

    /** This exercise with the practice's own video for this handout (null: the library's, if any). */
    public HandoutItem withVideoUrl(String newVideoUrl) {
        return new HandoutItem(ref, dosage, note, textOverride, heading, blocks, newVideoUrl);
    }

    void validate(Problems problems, String path) {
        if (ref == null) {
            if (heading == null || heading.isEmpty()) {
                problems.add(path, "needs either \"ref\" (a library item id) or a \"heading\" for a free-text section");
            } else {
                problems.requireText(heading, path + ".heading");
            }
        } else if (heading != null || !blocks.isEmpty()) {
            problems.add(path, "has both \"ref\" and free text; use one or the other");
        }
        if (dosage != null) {
            dosage.validate(problems, path + ".dosage");
        }
        WebLinks.validate(problems, path + ".videoUrl", videoUrl);
        problems.limit(note, path + ".note", MAX_NOTE);
        problems.limit(heading, path + ".heading", MAX_HEADING);
        problems.limitCount(textOverride, path + ".textOverride", MAX_BLOCKS);
        problems.limitCount(blocks, path + ".blocks", MAX_BLOCKS);
        TextBlock.validateAll(problems, path + ".textOverride", textOverride);
        TextBlock.validateAll(problems, path + ".blocks", blocks);
    }
}
