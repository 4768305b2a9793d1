package org.handoutstudio.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.handoutstudio.io.AtomicFiles;
import org.handoutstudio.io.InvalidContentException;
import org.handoutstudio.io.SafeFiles;

/**
 * A library pack: a zip of a user library folder (JSON files and PNG or JPEG images), so a
 * practice can hand its library to a new clinician. Import trusts nothing in the zip: names are
 * checked for path tricks, sizes are counted as bytes arrive (not taken from headers), only
 * JSON that passes the library checks and real PNG/JPEG images are accepted, and nothing is
 * written into the library until the whole pack has passed.
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

    private LibraryPacks() {
    }

    /**
     * Zips every JSON file and image of {@code folder} (and one level of sub-folders) into
     * {@code zip}. A link that leads out of the folder is left out: a pack holds the library, never
     * whatever a link in it points at.
     */
    public static List<String> exportPack(Path folder, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            files = walk.filter(Files::isRegularFile).filter(file -> kindOf(file.getFileName().toString()) != null)
                    .filter(file -> SafeFiles.isInside(file, folder))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<String> names = new ArrayList<>();
        AtomicFiles.write(zip, out -> writeZip(folder, files, out, names));
        return names;
    }

    private static void writeZip(Path folder, List<Path> files, OutputStream out, List<String> names)
            throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                ZipEntry entry = new ZipEntry(name);
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(SafeFiles.read(file, MAX_ENTRY_BYTES));
                zip.closeEntry();
                names.add(name);
            }
        }
    }

    /**
     * Imports a pack into {@code folder}, replacing files of the same name. Returns the names
     * imported. Throws {@link PackException} naming the first problem; then nothing is written.
     */
    public static List<String> importPack(Path zip, Path folder) throws IOException, PackException {
        SafeFiles.requireRegularFile(zip);
        Files.createDirectories(folder);
        Path staging = Files.createTempDirectory(folder, AtomicFiles.TEMPORARY_PREFIX + "import-");
        try {
            List<String> names = unpackChecked(zip, staging);
            for (String name : names) {
                Path target = folder.resolve(name);
                Files.createDirectories(target.getParent());
                Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
            }
            return names;
        } finally {
            deleteTree(staging);
        }
    }

    private static List<String> unpackChecked(Path zip, Path staging) throws IOException, PackException {
        List<String> names = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(SafeFiles.openRegular(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                if (names.size() >= MAX_ENTRIES) {
                    throw new PackException("the pack has more than " + MAX_ENTRIES + " files");
                }
                if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
                    throw new PackException("\"" + name + "\" is not an allowed file name in a pack");
                }
                String kind = kindOf(name);
                if (kind == null) {
                    throw new PackException("\"" + name + "\" is not a JSON file or a PNG or JPEG image");
                }
                if (names.contains(name)) {
                    throw new PackException("\"" + name + "\" appears twice in the pack");
                }
                byte[] bytes = readBounded(in, name);
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new PackException("the pack unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
                }
                check(kind, name, bytes);
                Path target = staging.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                names.add(name);
            }
        } catch (ZipException e) {
            throw new PackException("the file is not a readable zip: " + e.getMessage());
        }
        if (names.isEmpty()) {
            throw new PackException("the pack holds no library files");
        }
        return names;
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

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
