package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.ItemType;
import org.handoutstudio.library.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryBrowserModelTest {

    @TempDir
    Path dataDir;

    @Test
    void searchFiltersByTypeRegionPositionAndEquipment() {
        LibraryBrowserModel library = TestEditor.model(dataDir).library();
        int everything = library.results().size();
        library.typeFilterProperty().set(ItemType.EXERCISE);
        library.positionFilterProperty().set(Position.CHAIR);
        assertFalse(library.results().isEmpty());
        assertTrue(library.results().size() < everything);
        assertTrue(library.results().stream().allMatch(item -> item instanceof Exercise e && e.position() == Position.CHAIR));
        library.queryProperty().set("zzzz");
        assertTrue(library.results().isEmpty());
    }

    @Test
    void equipmentChoicesAreEveryWordTheExercisesUseOnce() {
        LibraryBrowserModel library = TestEditor.model(dataDir).library();
        assertTrue(library.equipmentChoices().contains("chair"), library.equipmentChoices().toString());
        assertEquals(library.equipmentChoices().stream().distinct().sorted().toList(), library.equipmentChoices());
        library.equipmentFilterProperty().set("chair");
        assertTrue(library.results().stream().allMatch(item -> item instanceof Exercise e && e.equipment().contains("chair")));
    }

    @Test
    void showingEveryItemOfATypeClearsTheSearch() {
        LibraryBrowserModel library = TestEditor.model(dataDir).library();
        library.queryProperty().set("bridge");
        library.showAll(ItemType.SAFETY_NETTING);
        assertEquals("", library.queryProperty().get());
        assertFalse(library.results().isEmpty());
        assertTrue(library.results().stream().allMatch(item -> item.type() == ItemType.SAFETY_NETTING));
    }
}
