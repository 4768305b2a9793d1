package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.handoutstudio.io.Problems;

/**
 * A block of advice text. Inline {@code **bold**} is the only emphasis; placeholders such as
 * {@code {practice.phone}} are filled from the practice's branding at layout time.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TextBlock.Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = TextBlock.Bullets.class, name = "bullets"),
    @JsonSubTypes.Type(value = TextBlock.Subheading.class, name = "subheading"),
    @JsonSubTypes.Type(value = TextBlock.WritingLines.class, name = "writing-lines")
})
public sealed interface TextBlock {

    /** Upper bound on lines of writing space: a page and a half is already generous. */
    int MAX_WRITING_LINES = 40;
    /** A paragraph or one bullet: about 350 words, far more than plain English puts in one. */
    int MAX_TEXT = 2000;
    int MAX_SUBHEADING = 200;
    int MAX_BULLETS = 100;

    void validate(Problems problems, String path);

    /** Validates each block of a list at {@code path}; a null entry (a stray comma in the file) is a problem, not a crash. */
    static void validateAll(Problems problems, String path, List<TextBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if (block == null) {
                problems.add(path + "[" + i + "]", "is empty (null); remove it or give it a \"kind\"");
            } else {
                block.validate(problems, path + "[" + i + "]");
            }
        }
    }

    /** Every piece of text in the block, for search and for checking printability. */
    List<String> texts();

    record Paragraph(String text) implements TextBlock {
        @Override
        public void validate(Problems problems, String path) {
            problems.requireText(text, path + ".text", MAX_TEXT);
        }

        @Override
        public List<String> texts() {
            return text == null ? List.of() : List.of(text);
        }
    }

    record Bullets(List<String> items) implements TextBlock {
        public Bullets {
            items = items == null ? null : List.copyOf(items);
        }

        @Override
        public void validate(Problems problems, String path) {
            problems.requireList(items, path + ".items");
            problems.limitCount(items, path + ".items", MAX_BULLETS);
            if (items != null) {
                for (int i = 0; i < items.size(); i++) {
                    problems.requireText(items.get(i), path + ".items[" + i + "]", MAX_TEXT);
                }
            }
        }

        @Override
        public List<String> texts() {
            return items == null ? List.of() : items;
        }
    }

    record Subheading(String text) implements TextBlock {
        @Override
        public void validate(Problems problems, String path) {
            problems.requireText(text, path + ".text", MAX_SUBHEADING);
        }

        @Override
        public List<String> texts() {
            return text == null ? List.of() : List.of(text);
        }
    }

    /** Ruled lines for the patient to write on. */
    record WritingLines(int count) implements TextBlock {
        @Override
        public void validate(Problems problems, String path) {
            if (count < 1 || count > MAX_WRITING_LINES) {
                problems.add(path + ".count", "must be between 1 and " + MAX_WRITING_LINES);
            }
        }

        @Override
        public List<String> texts() {
            return List.of();
        }
    }
}
