import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Rewrites the class files of a jar that are older than Java 6 (version 50) as Java 8 class files
 * (version 52), with the stack maps such files carry; the code itself is untouched. JDK 25's
 * ahead-of-time cache leaves out classes that the old verifier checked ("Old class has been
 * linked"), and picocli ships Java 5 class files, so every command-line start loaded and verified
 * its ~180 classes afresh. Needs JDK 24 or later (java.lang.classfile, and the launcher's
 * multi-file programs for {@link StoreJars}, which writes the jar); the build runs it only with the
 * JDK 25 runtime that makes that cache. Run as a source program:
 * {@code java jpackage/ModernBytecode.java target/jpackage-input/picocli-4.7.6.jar}.
 */
public final class ModernBytecode {

    private static final int OLDEST_KEPT = ClassFile.JAVA_6_VERSION;
    private static final int TARGET = ClassFile.JAVA_8_VERSION;

    private ModernBytecode() {
    }

    public static void main(String[] args) throws IOException {
        for (String name : args) {
            Path jar = Path.of(name);
            int[] rewritten = {0};
            try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
                // Stack maps need the common superclass of two types: found in the jar, then the JDK.
                ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                        ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                                .orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
                StoreJars.store(jar, (entry, bytes) -> {
                    if (!entry.endsWith(".class") || majorVersion(bytes) >= OLDEST_KEPT) {
                        return bytes;
                    }
                    rewritten[0]++;
                    // Every method body goes through the builder, so each gets its stack maps.
                    return classFile.transformClass(classFile.parse(bytes), ClassTransform.dropping(ClassFileVersion.class::isInstance)
                            .andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL))
                            .andThen(ClassTransform.endHandler(builder -> builder.withVersion(TARGET, 0))));
                });
            }
            System.out.println(jar + ": " + rewritten[0] + " class files now version " + TARGET);
        }
    }

    private static int majorVersion(byte[] classFile) {
        return classFile.length < 8 ? Integer.MAX_VALUE : ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
    }
}
