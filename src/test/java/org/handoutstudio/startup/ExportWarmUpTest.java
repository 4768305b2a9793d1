package org.handoutstudio.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutFiles;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Beside a one-handout export, the warm-up draws that handout's figures, last first. */
class ExportWarmUpTest {

    private final Library library = LibraryLoader.bundled();

    private List<String> refs(String... args) {
        return ExportWarmUp.exportedItems(args, library).stream().map(HandoutItem::ref).toList();
    }

    @Test
    void findsTheItemsOfTheOneTemplateOrFileAnExportNames(@TempDir Path dir) throws Exception {
        List<String> template = Templates.find("acute-low-back-pain").orElseThrow().items().stream().map(HandoutItem::ref).toList();
        assertEquals(template, refs("export", "--template", "acute-low-back-pain", "-o", "out.pdf"));
        assertEquals(template, refs("export", "--template=acute-low-back-pain", "--large-print"));

        Path file = dir.resolve("mine.handout.json");
        Handout handout = Handout.blank("Mine").withItems(Templates.find("sciatica-leg-pain").orElseThrow().items());
        HandoutFiles.writeHandout(file, handout);
        assertEquals(handout.items().stream().map(HandoutItem::ref).toList(), refs("export", file.toString(), "-o", "out.pdf"));
    }

    @Test
    void aBatchAnUnknownTemplateOrAMissingFileGiveNothingToDraw(@TempDir Path dir) {
        assertEquals(List.of(), refs("export", "--template", "acute-low-back-pain", "--template", "sciatica-leg-pain", "--out-dir", "x"));
        assertEquals(List.of(), refs("export", "--template", "no-such-template", "-o", "out.pdf"));
        assertEquals(List.of(), refs("export", dir.resolve("missing.handout.json").toString(), "-o", "out.pdf"));
        assertEquals(List.of(), refs("export", "--template"));
    }

    @Test
    void drawsTheExercisesLastFirstAndNothingElse() {
        List<HandoutItem> items = Templates.find("acute-low-back-pain").orElseThrow().items();
        List<String> drawn = new ArrayList<>();
        FigureSource recording = exercise -> {
            drawn.add(exercise.id());
            return Optional.empty();
        };
        ExportWarmUp.drawFigures(items, library, recording);
        assertEquals(List.of("walking-programme", "cat-stretch", "knee-rolls", "press-up-lying"), drawn);
    }
}
