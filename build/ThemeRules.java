import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keeps only the rules of an AtlantaFX theme that can match something in this app, so JavaFX has
 * fewer selectors to read and to try on every new kind of node (its selector index is scanned in
 * full for each one while the editor's first window is styled).
 *
 * <p>A selector can match only if every style class it names is set on some node. Style classes
 * are set in code, so every word of every string in our classes, and in the classes they can reach
 * in the jars that make nodes (JavaFX, ControlsFX, Ikonli), is taken as a class that may be set
 * (controls the app never makes, such as charts, are not reached); a selector naming a class in
 * none of them is dropped, and a rule with no selectors left goes too. Names
 * made at run time from a stem and a number ({@code "default-color" + i}) count when the stem is
 * found. AtlantaFX's own jar is not read: its classes name every style it offers, and the app uses
 * it for the theme alone (an architecture test keeps it so).
 *
 * <p>Run by the build as a single-file program: {@code java build/ThemeRules.java --out=DIR
 * --report=DIR --jars=javafx-,controlsfx-,ikonli-javafx- --classpath=CP THEME.css...} writes each
 * theme's kept rules to DIR under the same name, and a report naming the classes whose rules were
 * dropped (a UI test checks that no node carries one).
 */
public final class ThemeRules {

    private static final Pattern STYLE_CLASS = Pattern.compile("\\.(-?[A-Za-z_][\\w-]*)");
    private static final Pattern NUMBERED = Pattern.compile("(.*?[A-Za-z-])\\d+");
    private static final Pattern WORD = Pattern.compile("-?[A-Za-z_][\\w-]*");
    /** A constant that is a class's name, internal (a/b/C) or dotted (a.b.C, as code loads one by name). */
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(?:[/.][A-Za-z_$][\\w$]*)+");
    /** A class named in a descriptor or signature: La/b/C; */
    private static final Pattern DESCRIBED_CLASS = Pattern.compile("L([A-Za-z_$][\\w$/]*)[;<]");

    private ThemeRules() {
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        Path reports = null;
        List<String> jars = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        List<Path> themes = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--out=")) {
                out = Path.of(arg.substring("--out=".length()));
            } else if (arg.startsWith("--report=")) {
                reports = Path.of(arg.substring("--report=".length()));
            } else if (arg.startsWith("--jars=")) {
                jars.addAll(List.of(arg.substring("--jars=".length()).split(",")));
            } else if (arg.startsWith("--classpath=")) {
                classPath.addAll(List.of(arg.substring("--classpath=".length()).split(File.pathSeparator)));
            } else {
                themes.add(Path.of(arg));
            }
        }
        if (out == null || reports == null || jars.isEmpty() || classPath.isEmpty() || themes.isEmpty()) {
            throw new IllegalArgumentException("usage: ThemeRules --out=DIR --report=DIR --jars=PREFIX,... --classpath=CP THEME.css...");
        }
        Set<String> names = reachableNames(classPath, jars);
        Files.createDirectories(out);
        Files.createDirectories(reports);
        for (Path theme : themes) {
            String css = Files.readString(theme, StandardCharsets.UTF_8);
            Pruned pruned = prune(css, names);
            String name = theme.getFileName().toString();
            Files.writeString(out.resolve(name), pruned.css(), StandardCharsets.UTF_8);
            Files.writeString(reports.resolve(name.replaceFirst("\\.css$", ".txt")), String.join("\n", pruned.unset()) + "\n",
                    StandardCharsets.UTF_8);
            System.out.printf("%s: kept %d of %d rules and %d of %d selectors; %d style classes are never set%n",
                    name, pruned.keptRules(), pruned.rules(), pruned.keptSelectors(), pruned.selectors(), pruned.unset().size());
        }
    }

    /** A theme's kept rules, the style classes whose rules were dropped, and how many of each kind were kept. */
    record Pruned(String css, Set<String> unset, int rules, int keptRules, int selectors, int keptSelectors) {
    }

    /** The theme without the selectors that name a class never set. */
    static Pruned prune(String theme, Set<String> names) {
        String css = withoutComments(theme);
        Set<String> dropped = new TreeSet<>();
        int rules = 0;
        int keptRules = 0;
        int selectorCount = 0;
        int keptSelectors = 0;
        StringBuilder out = new StringBuilder(css.length());
        int at = 0;
        while (at < css.length()) {
            int open = css.indexOf('{', at);
            if (open < 0) {
                out.append(css, at, css.length());
                break;
            }
            int close = closingBrace(css, open);
            String head = css.substring(at, open);
            String body = css.substring(open, close + 1);
            if (head.trim().startsWith("@")) {
                throw new IllegalArgumentException("at-rules are not expected in a JavaFX theme: " + head.trim());
            }
            rules++;
            List<String> selectors = new ArrayList<>();
            for (String selector : head.split(",")) {
                selectorCount++;
                Set<String> missing = new TreeSet<>();
                Matcher classes = STYLE_CLASS.matcher(selector);
                while (classes.find()) {
                    if (!mayBeSet(classes.group(1), names)) {
                        missing.add(classes.group(1));
                    }
                }
                if (missing.isEmpty()) {
                    selectors.add(selector.trim());
                } else {
                    dropped.addAll(missing);
                }
            }
            if (!selectors.isEmpty()) {
                keptRules++;
                keptSelectors += selectors.size();
                out.append(String.join(", ", selectors)).append(' ').append(body).append('\n');
            }
            at = close + 1;
        }
        return new Pruned(out.toString(), dropped, rules, keptRules, selectorCount, keptSelectors);
    }

    private static boolean mayBeSet(String styleClass, Set<String> names) {
        if (names.contains(styleClass)) {
            return true;
        }
        Matcher numbered = NUMBERED.matcher(styleClass);
        return numbered.matches() && names.contains(numbered.group(1));
    }

    /** The brace closing the block opened at {@code open}, skipping quoted values (and their escapes). */
    private static int closingBrace(String css, int open) {
        char quote = 0;
        for (int i = open + 1; i < css.length(); i++) {
            char c = css.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                throw new IllegalArgumentException("nested block at offset " + i);
            } else if (c == '}') {
                return i;
            }
        }
        throw new IllegalArgumentException("block opened at offset " + open + " is never closed");
    }

    /** The stylesheet without its comments (which may hold braces), leaving quoted values alone. */
    private static String withoutComments(String css) {
        StringBuilder out = new StringBuilder(css.length());
        char quote = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (quote == 0 && c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("comment opened at offset " + i + " is never closed");
                }
                i = end + 1;
                continue;
            }
            if (quote != 0 && c == '\\' && i + 1 < css.length()) {
                out.append(c).append(css.charAt(++i));
                continue;
            }
            if (quote != 0 && c == quote) {
                quote = 0;
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Every word of every string in our classes and in the classes of the named jars they can
     * reach: through the classes their constants name, in descriptors or as dotted names too (how
     * JavaFX loads a class by name).
     */
    static Set<String> reachableNames(List<String> classPath, List<String> jars) throws IOException {
        Map<String, byte[]> classFiles = new HashMap<>();
        Deque<String> unread = new ArrayDeque<>();
        for (String entry : classPath) {
            Path path = Path.of(entry);
            String fileName = path.getFileName() == null ? "" : path.getFileName().toString();
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                        String name = path.relativize(file).toString().replace(File.separatorChar, '/').replaceFirst("\\.class$", "");
                        classFiles.put(name, Files.readAllBytes(file));
                        unread.add(name);
                    }
                }
            } else if (fileName.endsWith(".jar") && jars.stream().anyMatch(fileName::startsWith)) {
                try (ZipFile jar = new ZipFile(path.toFile())) {
                    for (ZipEntry classFile : Collections.list(jar.entries())) {
                        if (classFile.getName().endsWith(".class")) {
                            try (InputStream in = jar.getInputStream(classFile)) {
                                classFiles.putIfAbsent(classFile.getName().replaceFirst("\\.class$", ""), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        }
        Set<String> reached = new HashSet<>(unread);
        Set<String> names = new HashSet<>();
        while (!unread.isEmpty()) {
            for (String constant : constants(classFiles.get(unread.poll()))) {
                Matcher words = WORD.matcher(constant);
                while (words.find()) {
                    names.add(words.group());
                }
                List<String> named = new ArrayList<>();
                if (CLASS_NAME.matcher(constant).matches()) {
                    named.add(constant.replace('.', '/'));
                }
                Matcher described = DESCRIBED_CLASS.matcher(constant);
                while (described.find()) {
                    named.add(described.group(1));
                }
                for (String name : named) {
                    if (classFiles.containsKey(name) && reached.add(name)) {
                        unread.add(name);
                    }
                }
            }
        }
        return names;
    }

    /** The UTF-8 constants of a class file: its strings, and the names and descriptors of what it uses. */
    private static List<String> constants(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        List<String> constants = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> constants.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return constants;
    }
}
