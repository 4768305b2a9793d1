package org.handoutstudio.library;

import java.util.ArrayList;
import java.util.List;
import org.handoutstudio.io.Problems;

/** An advice section: one topic, a plain heading and short blocks of text. */
public record Advice(
        String id,
        String title,
        String summary,
        List<BodyRegion> bodyRegions,
        List<String> keywords,
        List<TextBlock> blocks,
        Provenance provenance) implements LibraryItem {

    public Advice {
        bodyRegions = Exercise.copy(bodyRegions);
        keywords = Exercise.copy(keywords);
        blocks = Exercise.copy(blocks);
    }

    @Override
    public ItemType type() {
        return ItemType.ADVICE;
    }

    @Override
    public void validate(Problems problems, String path) {
        Ids.check(problems, id, path + ".id");
        problems.requireText(title, path + ".title", MAX_TITLE);
        problems.requireText(summary, path + ".summary", MAX_SENTENCE);
        LibraryItem.limitEach(problems, path + ".keywords", keywords, MAX_TITLE);
        problems.requireList(blocks, path + ".blocks");
        problems.limitCount(blocks, path + ".blocks", MAX_BLOCKS);
        TextBlock.validateAll(problems, path + ".blocks", blocks);
        problems.require(provenance, path + ".provenance");
        if (provenance != null) {
            provenance.validate(problems, path + ".provenance");
        }
    }

    public List<String> texts() {
        List<String> all = new ArrayList<>();
        all.add(title);
        blocks.forEach(block -> all.addAll(block.texts()));
        all.removeIf(text -> text == null);
        return all;
    }
}
