package org.handoutstudio.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.handoutstudio.io.Problems;

/** An exercise, with everything the content guide asks for. */
public record Exercise(
        String id,
        String name,
        List<String> alternativeNames,
        String purpose,
        Category category,
        List<BodyRegion> bodyRegions,
        Position position,
        List<String> equipment,
        String startingPosition,
        List<String> steps,
        String youShouldFeel,
        String commonMistake,
        String easier,
        String harder,
        Dosage dosage,
        String figure,
        String photo,
        @JsonInclude(JsonInclude.Include.NON_NULL) String videoUrl,
        String altText,
        List<String> keywords,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Condition> cautions,
        Provenance provenance) implements LibraryItem {

    /** More steps than this do not fit on an exercise card. */
    static final int MAX_STEPS = 12;

    public Exercise {
        alternativeNames = copy(alternativeNames);
        bodyRegions = copy(bodyRegions);
        equipment = copy(equipment);
        steps = copy(steps);
        keywords = copy(keywords);
        cautions = copy(cautions);
        dosage = dosage == null ? Dosage.NONE : dosage;
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** This exercise with its photo path made absolute (photos are given relative to their library file). */
    public Exercise withPhoto(String newPhoto) {
        return new Exercise(id, name, alternativeNames, purpose, category, bodyRegions, position, equipment,
                startingPosition, steps, youShouldFeel, commonMistake, easier, harder, dosage, figure, newPhoto, videoUrl, altText,
                keywords, cautions, provenance);
    }

    /** This exercise drawn with another bundled figure. */
    public Exercise withFigure(String newFigure) {
        return new Exercise(id, name, alternativeNames, purpose, category, bodyRegions, position, equipment,
                startingPosition, steps, youShouldFeel, commonMistake, easier, harder, dosage, newFigure, photo, videoUrl, altText,
                keywords, cautions, provenance);
    }

    @Override
    public String title() {
        return name;
    }

    @Override
    public ItemType type() {
        return ItemType.EXERCISE;
    }

    @Override
    public String summary() {
        return purpose;
    }

    @Override
    public void validate(Problems problems, String path) {
        Ids.check(problems, id, path + ".id");
        problems.requireText(name, path + ".name", LibraryItem.MAX_TITLE);
        problems.requireText(purpose, path + ".purpose", LibraryItem.MAX_SENTENCE);
        LibraryItem.limitEach(problems, path + ".alternativeNames", alternativeNames, LibraryItem.MAX_TITLE);
        LibraryItem.limitEach(problems, path + ".keywords", keywords, LibraryItem.MAX_TITLE);
        LibraryItem.limitEach(problems, path + ".equipment", equipment, LibraryItem.MAX_TITLE);
        problems.require(category, path + ".category");
        problems.requireList(bodyRegions, path + ".bodyRegions");
        problems.require(position, path + ".position");
        problems.requireText(startingPosition, path + ".startingPosition", LibraryItem.MAX_SENTENCE);
        problems.requireList(steps, path + ".steps");
        problems.limitCount(steps, path + ".steps", MAX_STEPS);
        for (int i = 0; i < steps.size(); i++) {
            problems.requireText(steps.get(i), path + ".steps[" + i + "]", LibraryItem.MAX_SENTENCE);
        }
        problems.requireText(youShouldFeel, path + ".youShouldFeel", LibraryItem.MAX_SENTENCE);
        problems.requireText(commonMistake, path + ".commonMistake", LibraryItem.MAX_SENTENCE);
        problems.requireText(easier, path + ".easier", LibraryItem.MAX_SENTENCE);
        problems.requireText(harder, path + ".harder", LibraryItem.MAX_SENTENCE);
        problems.requireText(altText, path + ".altText", LibraryItem.MAX_SENTENCE);
        problems.limit(figure, path + ".figure", LibraryItem.MAX_TITLE);
        problems.limit(photo, path + ".photo", LibraryItem.MAX_PATH);
        dosage.validate(problems, path + ".dosage");
        WebLinks.validate(problems, path + ".videoUrl", videoUrl);
        problems.require(provenance, path + ".provenance");
        if (provenance != null) {
            provenance.validate(problems, path + ".provenance");
        }
    }

    /** All the text a patient reads for this exercise, in reading order. */
    public List<String> texts() {
        List<String> all = new ArrayList<>(List.of(name, purpose, startingPosition));
        all.addAll(steps);
        all.addAll(List.of(youShouldFeel, commonMistake, easier, harder, altText));
        if (dosage.progression() != null) {
            all.add(dosage.progression());
        }
        all.removeIf(text -> text == null);
        return all;
    }
}
