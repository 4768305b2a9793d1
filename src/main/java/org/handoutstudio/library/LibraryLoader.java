package org.handoutstudio.library;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handoutstudio.io.Json;
import org.handoutstudio.io.Problems;

/** Reads library files strictly and assembles a {@link Library}. */
public final class LibraryLoader {

    static final String BUNDLED_ROOT = "/assets/library/";
    private static final String BUNDLED_INDEX = BUNDLED_ROOT + "index.json";

    private static volatile Library bundled;

    private LibraryLoader() {
    }

    /** The library shipped in the jar, read once. Its content is tested, so failure here is a build defect. */
    public static Library bundled() {
        Library library = bundled;
        if (library == null) {
            synchronized (LibraryLoader.class) {
                library = bundled;
                if (library == null) {
                    library = Library.of(readBundledEntries(), readContentVersion());
                    bundled = library;
                }
            }
        }
        return library;
    }

    static List<Library.Entry> readBundledEntries() {
        List<Library.Entry> entries = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (String file : bundledFiles()) {
            String source = "assets/library/" + file;
            Problems problems = new Problems(source);
            List<LibraryItem> items;
            try (InputStream in = open(BUNDLED_ROOT + file)) {
                items = read(in, source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i < items.size(); i++) {
                LibraryItem item = items.get(i);
                String earlier = seen.putIfAbsent(item.id(), source);
                if (earlier != null) {
                    problems.add("items[" + i + "].id", "\"" + item.id() + "\" is used twice (also in " + earlier + ")");
                }
                entries.add(new Library.Entry(item, Library.Origin.BUNDLED, source, false));
            }
            problems.throwIfAny();
        }
        return entries;
    }

    /** The bundled library's content version, from its index. */
    private static String readContentVersion() {
        try (InputStream in = open(BUNDLED_INDEX)) {
            return Json.readTree(in, "assets/library/index.json").path("contentVersion").asText(Library.UNVERSIONED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled library files, from the index next to them. */
    public static List<String> bundledFiles() {
        try (InputStream in = open(BUNDLED_INDEX)) {
            JsonNode index = Json.readTree(in, "assets/library/index.json");
            List<String> files = new ArrayList<>();
            index.path("files").forEach(node -> files.add(node.asText()));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = LibraryLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource " + resource);
        }
        return in;
    }

    /**
     * Reads one library file: schemaVersion checked, items bound strictly, every item validated,
     * ids unique within the file. All problems are reported together.
     */
    public static List<LibraryItem> read(InputStream in, String source) {
        LibraryFile file = Json.readVersioned(in, source, LibraryFile.CURRENT_SCHEMA, LibraryFile.class);
        Problems problems = new Problems(source);
        Map<String, Integer> firstIndex = new HashMap<>();
        List<LibraryItem> items = file.items();
        for (int i = 0; i < items.size(); i++) {
            LibraryItem item = items.get(i);
            String path = "items[" + i + "]";
            if (item == null) {
                problems.add(path, "is empty");
                continue;
            }
            item.validate(problems, path);
            Integer earlier = item.id() == null ? null : firstIndex.putIfAbsent(item.id(), i);
            if (earlier != null) {
                problems.add(path + ".id", "\"" + item.id() + "\" is used twice (also at items[" + earlier + "])");
            }
        }
        problems.throwIfAny();
        return List.copyOf(items);
    }
}
