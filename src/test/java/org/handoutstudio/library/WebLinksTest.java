package org.handoutstudio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebLinksTest {

    @Test
    void plainWebAddressesArePrinted() {
        assertEquals(Optional.empty(), WebLinks.problem("https://www.example.nhs.uk/physio/knee?video=2#start"));
        assertEquals(Optional.empty(), WebLinks.problem("http://clinic.example/videos/bridge"));
    }

    @Test
    void addressesThatCouldDoHarmOrCannotBeScannedAreRefusedInWords() {
        assertTrue(WebLinks.problem("javascript:alert(1)").orElseThrow().contains("https://"));
        assertTrue(WebLinks.problem("file:///etc/passwd").orElseThrow().contains("\"file:\""));
        assertTrue(WebLinks.problem("www.example.nhs.uk").orElseThrow().contains("https://"));
        assertTrue(WebLinks.problem("https://exa mple.nhs.uk").orElseThrow().contains("without spaces"));
        assertTrue(WebLinks.problem("https://example.nhs.uk/\u0007").orElseThrow().contains("without spaces"));
        assertTrue(WebLinks.problem("https:///no-host").orElseThrow().contains("website"));
        assertTrue(WebLinks.problem("https://example.nhs.uk/" + "a".repeat(2000)).orElseThrow().contains("at most 300"));
    }
}
