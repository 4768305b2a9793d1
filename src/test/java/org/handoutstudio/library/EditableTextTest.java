package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditableTextTest {

    @Test
    void everyBlockKindRoundTrips() {
        List<TextBlock> blocks = List.of(new TextBlock.Paragraph("Keep **moving**."), new TextBlock.Subheading("Why"),
                new TextBlock.Bullets(List.of("Walk", "Swim")), new TextBlock.WritingLines(5));
        String text = EditableText.of(blocks);
        assertEquals("Keep **moving**.\n\n## Why\n\n- Walk\n- Swim\n\n[lines 5]", text);
        assertEquals(blocks, EditableText.parse(text));
    }

    @Test
    void typedTextIsTidiedIntoBlocks() {
        assertEquals(List.of(new TextBlock.Paragraph("One line and the next"), new TextBlock.Bullets(List.of("a", "b")),
                        new TextBlock.WritingLines(TextBlock.MAX_WRITING_LINES)),
                EditableText.parse("  One line\nand the next \n\n\n- a\n- b\n-   \n\n[lines 999]"));
        assertEquals(List.of(), EditableText.parse(" \n \n"));
    }
}
