package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.handoutstudio.io.Problems;

/**
 * When to get help: sections by tier, each saying what to look out for, what to do, how
 * quickly and who to contact.
 */
public record SafetyNetting(
        String id,
        String title,
        String summary,
        List<BodyRegion> bodyRegions,
        List<String> keywords,
        String intro,
        List<Section> sections,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Condition> conditions,
        Provenance provenance) implements LibraryItem {

    public SafetyNetting {
        bodyRegions = Exercise.copy(bodyRegions);
        keywords = Exercise.copy(keywords);
        sections = Exercise.copy(sections);
        conditions = Exercise.copy(conditions);
    }

    static final int MAX_SIGNS = 30;
    static final int MAX_SECTIONS = 10;

    public record Section(Tier tier, List<String> lookOutFor, String whatToDo, String howQuickly, String whoToContact) {
        public Section {
            lookOutFor = Exercise.copy(lookOutFor);
        }

        void validate(Problems problems, String path) {
            problems.require(tier, path + ".tier");
            problems.requireList(lookOutFor, path + ".lookOutFor");
            problems.limitCount(lookOutFor, path + ".lookOutFor", MAX_SIGNS);
            for (int i = 0; i < lookOutFor.size(); i++) {
                problems.requireText(lookOutFor.get(i), path + ".lookOutFor[" + i + "]", MAX_SENTENCE);
            }
            problems.requireText(whatToDo, path + ".whatToDo", MAX_SENTENCE);
            problems.requireText(howQuickly, path + ".howQuickly", MAX_SENTENCE);
            problems.requireText(whoToContact, path + ".whoToContact", MAX_SENTENCE);
        }
    }

    @Override
    public ItemType type() {
        return ItemType.SAFETY_NETTING;
    }

    @Override
    public void validate(Problems problems, String path) {
        Ids.check(problems, id, path + ".id");
        problems.requireText(title, path + ".title", MAX_TITLE);
        problems.requireText(summary, path + ".summary", MAX_SENTENCE);
        problems.limit(intro, path + ".intro", TextBlock.MAX_TEXT);
        LibraryItem.limitEach(problems, path + ".keywords", keywords, MAX_TITLE);
        problems.requireList(sections, path + ".sections");
        problems.limitCount(sections, path + ".sections", MAX_SECTIONS);
        Tier previous = null;
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            String sectionPath = path + ".sections[" + i + "]";
            if (section == null) {
                problems.add(sectionPath, "is empty");
                continue;
            }
            section.validate(problems, sectionPath);
            if (previous != null && section.tier() != null && section.tier().compareTo(previous) < 0) {
                problems.add(sectionPath + ".tier", "sections must go from most to least urgent");
            }
            previous = section.tier() == null ? previous : section.tier();
        }
        problems.require(provenance, path + ".provenance");
        if (provenance != null) {
            provenance.validate(problems, path + ".provenance");
        }
    }

    public List<String> texts() {
        List<String> all = new ArrayList<>();
        all.add(title);
        all.add(intro);
        for (Section section : sections) {
            all.addAll(section.lookOutFor());
            all.add(section.whatToDo());
            all.add(section.howQuickly());
            all.add(section.whoToContact());
        }
        all.removeIf(text -> text == null);
        return all;
    }
}
