package org.handoutstudio.library;

import java.util.List;

/** The shape of one library JSON file: {@code {"schemaVersion": 1, "items": [...]}}. */
public record LibraryFile(int schemaVersion, List<LibraryItem> items) {

    public static final int CURRENT_SCHEMA = 1;

    public LibraryFile {
        items = items == null ? List.of() : items;
    }
}
