import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the class files of a jar that are older than Java 6 (version 50) as Java 8 class files
 * (version 52), with the stack maps such files carry; the code itself is untouched. JDK 25's
 * ahead-of-time cache leaves out classes that the old verifier checked ("Old class has been
 * linked"), and picocli ships Java 5 class files, so every command-line start loaded and verified
 * its ~180 classes afresh. Needs JDK 24 or later (java.lang.classfile); the build runs it only with
 * the JDK 25 runtime that makes that cache. Entries keep their order, names and times; the jar stays
 * stored, as {@code StoreJars} left it. Run as a single-file program:
 * {@code java jpackage/ModernBytecode.java target/jpackage-input/picocli-4.7.6.jar}.
 */
public final class ModernBytecode {

    private static final int OLDEST_KEPT = ClassFile.JAVA_6_VERSION;
    private static final int TARGET = ClassFile.JAVA_8_VERSION;

    private ModernBytecode() {
    }

    public static void main(String[] args) throws IOException {
        for (String jar : args) {
            int rewritten = rewrite(Path.of(jar));
            System.out.println(jar + ": " + rewritten + " class files now version " + TARGET);
        }
    }

    private static int rewrite(Path jar) throws IOException {
        Path out = jar.resolveSibling(jar.getFileName() + ".modern");
        int rewritten = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
             URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
             OutputStream file = Files.newOutputStream(out);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            // Stack maps need the common superclass of two types: found in the jar, then the JDK.
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            zip.setMethod(ZipOutputStream.STORED);
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                if (entry.getName().endsWith(".class") && majorVersion(bytes) < OLDEST_KEPT) {
                    ClassModel model = classFile.parse(bytes);
                    // Every method body goes through the builder, so each gets its stack maps.
                    bytes = classFile.transformClass(model, ClassTransform.dropping(ClassFileVersion.class::isInstance)
                            .andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL))
                            .andThen(ClassTransform.endHandler(builder -> builder.withVersion(TARGET, 0))));
                    rewritten++;
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
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
        return rewritten;
    }

    private static int majorVersion(byte[] classFile) {
        return classFile.length < 8 ? Integer.MAX_VALUE : ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
    }
}
