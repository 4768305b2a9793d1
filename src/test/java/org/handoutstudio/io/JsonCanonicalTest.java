package org.handoutstudio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.handoutstudio.io.Json;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.Test;

class JsonCanonicalTest {

    @Test
    void canonicalJsonEndsLinesWithLineFeedsOnly() throws Exception {
        Object value = LibraryLoader.bundled().items().get(0);
        String json = new String(Json.canonicalBytes(value), StandardCharsets.UTF_8);
        assertTrue(json.contains("\n"), "indented");
        assertFalse(json.contains("\r"), "no carriage returns, whatever the system");
        if (System.lineSeparator().equals("\n")) {
            // Where the system ends lines with \n, ids made before canonical JSON stay the same.
            assertArrayEquals(Json.mapper().writeValueAsBytes(value), Json.canonicalBytes(value));
        }
    }
}
