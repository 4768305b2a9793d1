package org.handoutstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules about the main sources that the compiler does not check. */
class SourceStyleTest {

    private static final Path MAIN = Path.of("src/main/java");
    /** A package name followed by a class name, as written inline instead of imported. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.@\"])(?:java|javax|javafx|org|com|dev|picocli)(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z]\\w*");
    private static final Pattern COMMENT_OR_STRING = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"",
            Pattern.DOTALL);

    @Test
    void classesAreImportedNotWrittenOutInline() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = COMMENT_OR_STRING.matcher(Files.readString(file)).replaceAll(" ");
                int lineNumber = 0;
                for (String line : code.split("\n")) {
                    lineNumber++;
                    String stripped = line.strip();
                    if (stripped.startsWith("import ") || stripped.startsWith("package ")) {
                        continue;
                    }
                    Matcher name = QUALIFIED.matcher(line);
                    while (name.find()) {
                        found.add(MAIN.relativize(file) + ":" + lineNumber + ": " + name.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "write an import instead");
    }

    @Test
    void noMainClassIsOver400Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > 400) {
                    long_.add(MAIN.relativize(file) + " (" + lines + " lines)");
                }
            }
        }
        assertEquals(List.of(), long_, "a class past 400 lines is doing two jobs");
    }
}
