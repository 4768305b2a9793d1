package org.handoutstudio.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The items a clinician can choose from, in a stable order: the bundled library first, then
 * any user or shared items. A user item with a bundled item's id replaces it and says so.
 */
public final class Library {

    /** Where an item came from: shipped, a practice's shared folder, or the clinician's own folder. */
    public enum Origin { BUNDLED, SHARED, USER }

    /** An item with where it was loaded from. */
    public record Entry(LibraryItem item, Origin origin, String source, boolean overridesBundled) { }

    /** The version of a library without one (a test's, a throwaway's). */
    public static final String UNVERSIONED = "unversioned";

    private final Map<String, Entry> entries;
    private final String contentVersion;

    private Library(Map<String, Entry> entries, String contentVersion) {
        this.entries = Collections.unmodifiableMap(entries);
        this.contentVersion = contentVersion;
    }

    public static Library of(List<Entry> entries) {
        return of(entries, UNVERSIONED);
    }

    /** {@code contentVersion} is the bundled library's, printed in every handout's footer. */
    public static Library of(List<Entry> entries, String contentVersion) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry entry : entries) {
            Entry previous = byId.get(entry.item().id());
            boolean overrides = previous != null && previous.origin() != entry.origin()
                    && (previous.origin() == Origin.BUNDLED || previous.overridesBundled());
            byId.put(entry.item().id(), overrides
                    ? new Entry(entry.item(), entry.origin(), entry.source(), true) : entry);
        }
        return new Library(byId, contentVersion);
    }

    /** The bundled content's version (for example "2026.11"), printed in every handout's footer. */
    public String contentVersion() {
        return contentVersion;
    }

    public Optional<LibraryItem> find(String id) {
        Entry entry = entries.get(id);
        return entry == null ? Optional.empty() : Optional.of(entry.item());
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public boolean contains(String id) {
        return entries.containsKey(id);
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public List<LibraryItem> items() {
        List<LibraryItem> items = new ArrayList<>(entries.size());
        entries.values().forEach(entry -> items.add(entry.item()));
        return items;
    }

    public int size() {
        return entries.size();
    }
}
