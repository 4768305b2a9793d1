package org.handoutstudio.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.handoutstudio.io.AtomicFiles;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.Json;
import org.handoutstudio.io.SafeFiles;

/**
 * A library pack: a zip of library items (one JSON file each) and their PNG or JPEG photos, so
 * a practice can hand its own material to a new clinician. Import trusts nothing in the zip:
 * names are checked for path tricks, sizes are counted as bytes arrive (not taken from
 * headers), only JSON that passes the library checks and real PNG/JPEG images are accepted, a
 * photo an item names must be in the pack, and nothing is written until the whole pack has
 * passed. Imported items get a file each, like items saved in the editor.
 */
public final class LibraryPacks {

    public static final int MAX_ENTRIES = 2000;
    public static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;

    private static final Pattern SAFE_NAME = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?");

    /** Why a pack was refused; nothing was imported. */
    public static final class PackException extends Exception {
        private static final long serialVersionUID = 1L;

        PackException(String message) {
            super(message);
        }
    }

    /** A pack's items, checked, each exercise's photo as bytes (keyed by item id). */
    public record Pack(List<LibraryItem> items, Map<String, byte[]> photos) {
        public Pack {
            items = List.copyOf(items);
            photos = Map.copyOf(photos);
        }
    }

    /**
     * What importing a pack into a folder would do: items that are new, items that would replace
     * the folder's own (same id), and, of all of them, those that replace a bundled item.
     */
    public record Plan(List<LibraryItem> adds, List<LibraryItem> replaces, List<LibraryItem> overridesBundled) {
        public Plan {
            adds = List.copyOf(adds);
            replaces = List.copyOf(replaces);
            overridesBundled = List.copyOf(overridesBundled);
        }
    }

    private LibraryPacks() {
    }

    /**
     * Writes {@code items} (with their photos) as a pack at {@code zip}, atomically. Returns the
     * names of the files in the pack.
     */
    public static List<String> exportItems(List<LibraryItem> items, Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        AtomicFiles.write(zip, out -> {
            try (ZipOutputStream pack = new ZipOutputStream(out)) {
                for (LibraryItem item : items) {
                    LibraryItem written = item;
                    if (item instanceof Exercise exercise && exercise.photo() != null && !exercise.photo().isBlank()) {
                        Path photo = Path.of(exercise.photo());
                        String name = LibraryFolder.PHOTOS + "/" + item.id() + extensionOf(photo.getFileName().toString());
                        put(pack, name, SafeFiles.read(photo, MAX_ENTRY_BYTES), names);
                        written = exercise.withPhoto(name);
                    }
                    put(pack, item.id() + ".json", Json.mapper().writeValueAsBytes(
                            new LibraryFile(LibraryFile.CURRENT_SCHEMA, List.of(written))), names);
                }
            }
        });
        return names;
    }

    private static void put(ZipOutputStream pack, String name, byte[] bytes, List<String> names) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        pack.putNextEntry(entry);
        pack.write(bytes);
        pack.closeEntry();
        names.add(name);
    }

    private static String extensionOf(String name) {
        return "png".equals(kindOf(name)) ? ".png" : ".jpg";
    }

    /** Reads and checks a whole pack; nothing is written. */
    public static Pack read(Path zip) throws IOException, PackException {
        SafeFiles.requireRegularFile(zip);
        Map<String, byte[]> files = unpackChecked(zip);
        List<LibraryItem> items = new ArrayList<>();
        Map<String, byte[]> photos = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!"json".equals(kindOf(file.getKey()))) {
                continue;
            }
            for (LibraryItem item : LibraryLoader.read(new ByteArrayInputStream(file.getValue()), file.getKey())) {
                String earlier = seen.putIfAbsent(item.id(), file.getKey());
                if (earlier != null) {
                    throw new PackException(file.getKey() + ": the id \"" + item.id() + "\" is also used in " + earlier);
                }
                if (item instanceof Exercise exercise && exercise.photo() != null && !exercise.photo().isBlank()) {
                    String name = photoEntry(file.getKey(), exercise.photo());
                    byte[] photo = name == null ? null : files.get(name);
                    if (photo == null || kindOf(name) == null || "json".equals(kindOf(name))) {
                        throw new PackException(file.getKey() + ": the photo \"" + exercise.photo() + "\" of "
                                + item.id() + " is not an image in the pack");
                    }
                    photos.put(item.id(), photo);
                }
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            throw new PackException("the pack holds no library items");
        }
        items.sort(Comparator.comparing(LibraryItem::id));
        return new Pack(items, photos);
    }

    /** The entry a photo path names, relative to the JSON file that names it; null when it leaves the pack. */
    private static String photoEntry(String jsonName, String photo) {
        int slash = jsonName.lastIndexOf('/');
        String name = (slash < 0 ? "" : jsonName.substring(0, slash + 1)) + photo.replace('\\', '/');
        return SAFE_NAME.matcher(name).matches() && !name.contains("..") ? name : null;
    }

    /** What {@link #importInto} would add and replace in {@code folder}; {@code library} tells bundled ids. */
    public static Plan plan(Pack pack, LibraryFolder folder, Library library) throws IOException {
        List<LibraryItem> adds = new ArrayList<>();
        List<LibraryItem> replaces = new ArrayList<>();
        List<LibraryItem> overrides = new ArrayList<>();
        for (LibraryItem item : pack.items()) {
            (folder.find(item.id()).isPresent() ? replaces : adds).add(item);
            if (library.entry(item.id()).filter(entry -> entry.origin() == Library.Origin.BUNDLED
                    || entry.overridesBundled()).isPresent()) {
                overrides.add(item);
            }
        }
        return new Plan(adds, replaces, overrides);
    }

    /**
     * Writes a checked pack's items into {@code folder}, one file each, with their photos. Items
     * the folder already holds are replaced only when {@code replace}; otherwise nothing is
     * written and the exception names them.
     *
     * @return the ids imported
     */
    public static List<String> importInto(Pack pack, LibraryFolder folder, boolean replace)
            throws IOException, PackException {
        if (!replace) {
            List<String> taken = new ArrayList<>();
            for (LibraryItem item : pack.items()) {
                if (folder.find(item.id()).isPresent()) {
                    taken.add(item.id());
                }
            }
            if (!taken.isEmpty()) {
                throw new PackException("the library already has " + String.join(", ", taken)
                        + "; import with replacing allowed (--replace) to replace them");
            }
        }
        List<String> ids = new ArrayList<>();
        for (LibraryItem item : pack.items()) {
            LibraryItem toSave = item;
            if (item instanceof Exercise exercise && pack.photos().containsKey(item.id())) {
                toSave = exercise.withPhoto(folder.writePhoto(pack.photos().get(item.id()), item.id()));
            }
            try {
                folder.save(toSave, null, true);
            } catch (LibraryFolder.ConflictException e) {
                throw new IllegalStateException("a save that may overwrite cannot conflict", e);
            }
            ids.add(item.id());
        }
        return ids;
    }

    private static Map<String, byte[]> unpackChecked(Path zip) throws IOException, PackException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(SafeFiles.openRegular(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                if (files.size() >= MAX_ENTRIES) {
                    throw new PackException("the pack has more than " + MAX_ENTRIES + " files");
                }
                if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
                    throw new PackException("\"" + name + "\" is not an allowed file name in a pack");
                }
                String kind = kindOf(name);
                if (kind == null) {
                    throw new PackException("\"" + name + "\" is not a JSON file or a PNG or JPEG image");
                }
                if (files.containsKey(name)) {
                    throw new PackException("\"" + name + "\" appears twice in the pack");
                }
                byte[] bytes = readBounded(in, name);
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new PackException("the pack unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
                }
                check(kind, name, bytes);
                files.put(name, bytes);
            }
        } catch (ZipException e) {
            throw new PackException("the file is not a readable zip: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new PackException("the pack holds no library files");
        }
        return files;
    }

    /** Reads one entry, counting real bytes so a zip bomb is stopped at the limit. */
    private static byte[] readBounded(InputStream in, String name) throws IOException, PackException {
        byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
        if (bytes.length > MAX_ENTRY_BYTES) {
            throw new PackException("\"" + name + "\" is larger than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
        }
        return bytes;
    }

    private static void check(String kind, String name, byte[] bytes) throws PackException {
        switch (kind) {
            case "json" -> {
                try {
                    LibraryLoader.read(new ByteArrayInputStream(bytes), name);
                } catch (InvalidContentException e) {
                    throw new PackException(e.getMessage());
                }
            }
            case "png" -> {
                if (!startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                    throw new PackException("\"" + name + "\" is named .png but is not a PNG image");
                }
            }
            default -> {
                if (!startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
                    throw new PackException("\"" + name + "\" is named .jpg but is not a JPEG image");
                }
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return "json";
        }
        if (lower.endsWith(".png")) {
            return "png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "jpeg";
        }
        return null;
    }
}
