package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LibrarySearchTest {

    private final LibrarySearch search = new LibrarySearch(LibraryLoader.bundled().items());

    private List<String> ids(String query) {
        return search.search(query).stream().map(hit -> hit.item().id()).toList();
    }

    @Test
    void nameMatchesComeFirst() {
        List<String> hits = ids("bridge");
        assertEquals("bridge", hits.get(0));
    }

    @Test
    void prefixesCaseAndAccentsDoNotMatter() {
        assertEquals(ids("bridge"), ids("BRÍD"));
    }

    @Test
    void alternativeNamesBodyRegionsPositionsAndEquipmentAreSearched() {
        Exercise bridge = (Exercise) LibraryLoader.bundled().find("bridge").orElseThrow();
        assertTrue(ids(bridge.alternativeNames().get(0)).contains("bridge"));
        assertTrue(ids("neck").contains("chin-tuck"));
        assertTrue(ids("chair").contains("sit-to-stand"));
        assertTrue(ids("dumbbells").contains("squat-light-weights"));
        assertTrue(ids("emergency").contains("cauda-equina-emergency"));
    }

    @Test
    void everyWordMustMatch() {
        List<String> both = ids("knee chest");
        assertTrue(both.contains("knees-to-chest"));
        assertTrue(ids("knee zzzz").isEmpty());
    }

    @Test
    void filtersNarrowTheResults() {
        var hits = search.search("back", item -> item.type() == ItemType.SAFETY_NETTING);
        assertTrue(!hits.isEmpty() && hits.stream().allMatch(hit -> hit.item() instanceof SafetyNetting));
    }

    @Test
    void emptyQueryListsEverything() {
        assertEquals(LibraryLoader.bundled().size(), search.search("").size());
    }
}
