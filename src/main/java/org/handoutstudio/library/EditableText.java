package org.handoutstudio.library;

import java.util.ArrayList;
import java.util.List;

/**
 * Advice blocks as text a clinician can edit in one box, and back: blocks are separated by blank
 * lines, a subheading starts with "## ", bullets with "- ", and "[lines 5]" asks for five lines
 * to write on. Anything else is a paragraph.
 */
public final class EditableText {

    private EditableText() {
    }

    public static String of(List<TextBlock> blocks) {
        List<String> parts = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (block instanceof TextBlock.Paragraph p) {
                parts.add(p.text());
            } else if (block instanceof TextBlock.Subheading s) {
                parts.add("## " + s.text());
            } else if (block instanceof TextBlock.Bullets b) {
                parts.add(String.join("\n", b.items().stream().map(item -> "- " + item).toList()));
            } else if (block instanceof TextBlock.WritingLines w) {
                parts.add("[lines " + w.count() + "]");
            }
        }
        return String.join("\n\n", parts);
    }

    /** The blocks {@code text} describes; the inverse of {@link #of}. */
    public static List<TextBlock> parse(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        for (String part : text.split("\\n\\s*\\n")) {
            String trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("## ")) {
                blocks.add(new TextBlock.Subheading(trimmed.substring(3).strip()));
            } else if (trimmed.startsWith("- ")) {
                blocks.add(new TextBlock.Bullets(trimmed.lines().map(line -> line.replaceFirst("^-\\s*", "").strip())
                        .filter(line -> !line.isEmpty()).toList()));
            } else if (trimmed.matches("\\[lines \\d{1,3}]")) {
                int count = Integer.parseInt(trimmed.replaceAll("\\D", ""));
                blocks.add(new TextBlock.WritingLines(Math.max(1, Math.min(TextBlock.MAX_WRITING_LINES, count))));
            } else {
                blocks.add(new TextBlock.Paragraph(trimmed.replace('\n', ' ')));
            }
        }
        return blocks;
    }
}
