package org.handoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * UI text lives in messages.properties (en-GB): every key the ui sources use is there, every
 * {@code Messages.format} pattern parses and writes its apostrophes as MessageFormat wants, and no
 * literal in the ui sources reads like words meant for the user. Reads the sources from the project
 * folder (Maven's working directory); needs no display.
 */
class UiTextInBundleTest {

    private static final Path SOURCES = Path.of("src/main/java/org/handoutstudio/ui");
    private static final Path PROPERTIES = Path.of("src/main/resources/org/handoutstudio/ui/messages.properties");

    /** Ends a line whose literal reads like words but is never shown (a log line, a file format). */
    private static final String MARKER = "// not UI text";

    private static final Pattern READER = Pattern.compile("Messages\\.(get|format)\\(");
    /** A literal shaped like a key: read by Messages, or handed to a helper that does (OutlinePane.row). */
    private static final Pattern KEY_LIKE = Pattern.compile("([a-z]+)(\\.[a-z][A-Za-z]*)+");
    private static final Set<String> FILE_TYPES = Set.of("css", "json", "properties", "txt", "png");

    /** Two words: prose, wherever it appears. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,} [A-Za-z]{2,}");
    /** Text handed straight to a control, a dialog or the status line: even one word is UI text. */
    private static final Pattern SHOWN = Pattern.compile("((new (Label|Button|CheckBox|RadioButton|ToggleButton|Hyperlink"
            + "|Tooltip|Menu|MenuItem|CheckMenuItem|ButtonType|Tab|TitledPane|Text)"
            + "|\\.set(Text|PromptText|Title|HeaderText|ContentText|AccessibleText|AccessibleHelp)"
            + "|status\\.set|error|accept)\\(|Tooltips\\.install\\([^,()]+,)\\s*$");
    /** Lines whose literals are ids, style classes, resource paths or probe output. */
    private static final Pattern NOT_SHOWN = Pattern.compile(
            "setId\\(|getStyleClass\\(\\)|getPseudoClass\\(|getResource|System\\.(out|err)\\.");
    /** The product name stays in code (EditorApp.TITLE): it is not translated. */
    private static final Set<String> ALLOWED = Set.of("Handout Studio");

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.handoutstudio.ui.messages", Locale.UK);

    @Test
    void everyKeyTheUiUsesIsInTheBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        keysUsed().forEach((key, how) -> {
            if (!BUNDLE.containsKey(key)) {
                missing.add(key + " (" + how + ")");
            }
        });
        assertTrue(missing.isEmpty(), "keys missing from messages.properties: " + missing);
    }

    @Test
    void patternsParseAndApostrophesSuitTheirReader() throws IOException {
        List<String> wrong = new ArrayList<>();
        keysUsed().forEach((key, how) -> {
            if (!BUNDLE.containsKey(key)) {
                return;
            }
            String text = BUNDLE.getString(key);
            if (how.equals("both")) {
                wrong.add(key + ": read with both get and format, which need apostrophes written differently");
            } else if (how.equals("format")) {
                try {
                    new MessageFormat(text, Locale.UK);
                } catch (IllegalArgumentException e) {
                    wrong.add(key + ": not a MessageFormat pattern: " + e.getMessage());
                }
                if (text.replace("''", "").contains("'")) {
                    wrong.add(key + ": write an apostrophe as '' in a pattern read with Messages.format");
                }
            } else {
                if (text.contains("''")) {
                    wrong.add(key + ": read with Messages.get, so '' shows as two apostrophes");
                }
                if (text.matches("(?s).*\\{\\d.*")) {
                    wrong.add(key + ": has a {n} placeholder but is read with Messages.get");
                }
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Values the window lists (filters, side, paper) are named from the bundle, every one of them. */
    @Test
    void everyValueTheWindowListsHasAName() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(org.handoutstudio.library.ItemType.class,
                org.handoutstudio.library.BodyRegion.class, org.handoutstudio.library.Position.class,
                org.handoutstudio.library.Category.class, org.handoutstudio.library.Side.class,
                org.handoutstudio.handout.Paper.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + value.name();
                if (!BUNDLE.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertTrue(missing.isEmpty(), "values without a name in messages.properties: " + missing);
        assertEquals("US Letter", Messages.label(org.handoutstudio.handout.Paper.LETTER));
        assertEquals("Breathing and relaxation", Messages.label(org.handoutstudio.library.Category.BREATHING));
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        boolean continued = false;
        for (String line : Files.readAllLines(PROPERTIES, StandardCharsets.ISO_8859_1)) {
            String trimmed = line.strip();
            if (!continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                String key = trimmed.split("\\s*[=:]", 2)[0];
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            continued = trimmed.matches(".*(?<!\\\\)(\\\\\\\\)*\\\\$");
        }
        assertTrue(twice.isEmpty(), "written twice (the last one wins): " + twice);
    }

    @Test
    void noUserFacingTextIsTypedIntoTheUiSources() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            found.addAll(userFacingLiterals(file.getFileName().toString(), Files.readString(file)));
        }
        assertTrue(found.isEmpty(), "Move these to messages.properties and read them with Messages.get or "
                + "Messages.format (or end the line with '" + MARKER + "' if no user ever sees it):\n"
                + String.join("\n", found));
    }

    @Test
    void theCheckCatchesTypedText() {
        String source = """
                class Sample {
                    void build() {
                        root.getChildren().add(new Label("Hello there"));
                        field.setPromptText("default");
                        field.setId("dosage-load");
                        other.setText("Not shown at all"); // not UI text
                        // A comment with "Some words" in it is not code.
                        box.getStyleClass().add("item-title");
                        Button up = new Button("\\u25B2");
                        Tooltips.install(up, "Up");
                    }
                }
                """;
        List<String> found = userFacingLiterals("Sample.java", source);
        assertEquals(List.of("Sample.java:3: \"Hello there\"", "Sample.java:4: \"default\"", "Sample.java:10: \"Up\""), found);
        assertFalse(userFacingLiterals("Sample.java", "String t = \"Handout Studio\";").iterator().hasNext());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertFalse(list.isEmpty(), "no sources under " + SOURCES.toAbsolutePath() + ": run from the project folder");
            return list;
        }
    }

    /**
     * Each key the ui sources read, and how: "get", "format" or "both". A key is a literal right
     * after {@code Messages.get(} or {@code Messages.format(}, or a key-shaped literal later in such
     * a call ({@code cond ? "a.b" : "a.c"}), or one with a bundle key's first part handed to a helper.
     */
    private static Map<String, String> keysUsed() throws IOException {
        Set<String> prefixes = new HashSet<>();
        BUNDLE.keySet().forEach(key -> prefixes.add(key.substring(0, Math.max(0, key.indexOf('.')))));
        Map<String, String> keys = new LinkedHashMap<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            for (Literal literal : literals(source)) {
                String text = literal.text();
                String statement = source.substring(statementStart(source, literal.start()), literal.start());
                String reader = null;
                for (Matcher call = READER.matcher(statement); call.find(); ) {
                    reader = call.group(1);
                }
                boolean direct = statement.matches("(?s).*Messages\\.(get|format)\\(\\s*");
                Matcher shape = KEY_LIKE.matcher(text);
                boolean keyShaped = shape.matches() && !FILE_TYPES.contains(text.substring(text.lastIndexOf('.') + 1));
                if (direct || keyShaped && (reader != null || prefixes.contains(shape.group(1)))) {
                    keys.merge(text, reader == null ? "get" : reader, (a, b) -> a.equals(b) ? a : "both");
                }
            }
        }
        return keys;
    }

    private static int statementStart(String source, int offset) {
        int start = offset;
        while (start > 0 && ";{}".indexOf(source.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    /** "File.java:line: literal" for each literal in {@code source} that reads like UI text. */
    private static List<String> userFacingLiterals(String fileName, String source) {
        String[] lines = source.split("\n", -1);
        List<String> found = new ArrayList<>();
        for (Literal literal : literals(source)) {
            String line = lines[literal.line() - 1];
            String before = line.substring(0, literal.column());
            String text = literal.text();
            if (line.stripTrailing().endsWith(MARKER) || NOT_SHOWN.matcher(line).find() || ALLOWED.contains(text)) {
                continue;
            }
            if (WORDS.matcher(text).find() || SHOWN.matcher(before).find() && text.matches("(?s).*[A-Za-z].*")) {
                found.add(fileName + ":" + literal.line() + ": \"" + text + "\"");
            }
        }
        return found;
    }

    /** A string literal's text (escapes resolved), its line (from 1), and where its opening quote is. */
    private record Literal(String text, int line, int column, int start) { }

    /** The string literals and text blocks of a Java source, skipping comments and char literals. */
    private static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = ++i;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                for (int j = i; j < end; j++) {
                    if (source.charAt(j) == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                }
                i = end;
            } else if (c == '"' || c == '\'') {
                boolean block = source.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : String.valueOf(c);
                int startLine = line;
                int column = i - lineStart;
                int j = i + close.length();
                StringBuilder raw = new StringBuilder();
                while (j < source.length() && !source.startsWith(close, j)) {
                    char d = source.charAt(j);
                    if (d == '\\' && j + 1 < source.length()) {
                        raw.append(d).append(source.charAt(j + 1));
                        j += 2;
                        continue;
                    }
                    if (d == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                    raw.append(d);
                    j++;
                }
                if (c == '"') {
                    literals.add(new Literal(unescape(raw.toString()), startLine, column, i));
                }
                i = Math.min(source.length(), j + close.length());
            } else {
                i++;
            }
        }
        return literals;
    }

    /** Resolves Java escapes, so an escaped arrow is an arrow, not the letters u and B. */
    private static String unescape(String raw) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                text.append(c);
                continue;
            }
            char next = raw.charAt(++i);
            if (next == 'u') {
                while (i + 1 < raw.length() && raw.charAt(i + 1) == 'u') {
                    i++;
                }
                if (i + 4 < raw.length()) {
                    text.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                }
            } else {
                text.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 's' -> ' ';
                    default -> next;
                });
            }
        }
        return text.toString();
    }
}
