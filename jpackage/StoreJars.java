import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar in a folder with its entries stored, not deflated: the installer's own
 * compression (xz in a .deb) then sees the class files themselves and shrinks them about twice as
 * well as it can shrink already-deflated jars. Entry order, names, times and extra fields are kept.
 * Run by the build before jpackage, as a single-file program:
 * {@code java jpackage/StoreJars.java target/jpackage-input}.
 */
public final class StoreJars {

    private StoreJars() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (var listing = Files.list(Path.of(args[0]))) {
            listing.filter(path -> path.toString().endsWith(".jar")).sorted().forEach(jars::add);
        }
        for (Path jar : jars) {
            store(jar);
        }
    }

    private static void store(Path jar) throws IOException {
        store(jar, (name, bytes) -> bytes);
    }

    /**
     * Rewrites {@code jar} with its entries stored, each entry's bytes first passed through
     * {@code change} with the entry's name (as {@code ModernBytecode} does to old class files).
     */
    static void store(Path jar, BiFunction<String, byte[], byte[]> change) throws IOException {
        Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(stored);
             ZipOutputStream out = new ZipOutputStream(file)) {
            out.setMethod(ZipOutputStream.STORED);
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = change.apply(entry.getName(), data.readAllBytes());
                }
                CRC32 crc = new CRC32();
                crc.update(bytes);
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(bytes.length);
                copy.setCompressedSize(bytes.length);
                copy.setCrc(crc.getValue());
                copy.setTime(entry.getTime());
                if (entry.getExtra() != null) {
                    copy.setExtra(entry.getExtra());
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
