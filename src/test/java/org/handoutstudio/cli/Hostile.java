package org.handoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.io.Json;

/** Files that try to break the command line, and a way to run it on a data folder of its own. */
final class Hostile {

    private Hostile() {
    }

    /** Runs the command line with {@code data} as the user's data folder (settings, library). */
    static CliTest.Result run(Path data, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HandoutStudioCommand.run(args, new PrintWriter(out), new PrintWriter(err), new AppFolders(data));
        return new CliTest.Result(code, out.toString(), err.toString());
    }

    /** A named pipe: opening it for reading blocks until someone writes. */
    static Path fifo(Path file) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed for this test");
        return file;
    }

    static Path handout(Path file, String extraFields) throws IOException {
        return Files.writeString(file, "{\"schemaVersion\": 1, \"title\": \"Knee exercises\"" + extraFields
                + ", \"items\": [{\"ref\": \"knee-rolls\"}]}");
    }

    static Path png(Path file, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 120, 60);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A library file holding one exercise (a copy of a bundled one) with the given id and photo. */
    static Path libraryWithPhoto(Path file, String id, String photo) throws IOException {
        ObjectNode exercise = (ObjectNode) Json.mapper().readTree(Files.readString(Path.of("assets/library/exercises.json")))
                .path("items").get(6).deepCopy();
        exercise.put("id", id);
        if (photo != null) {
            exercise.put("photo", photo);
        }
        ObjectNode library = Json.mapper().createObjectNode();
        library.put("schemaVersion", 1);
        library.putArray("items").add(exercise);
        return Files.writeString(file, Json.mapper().writeValueAsString(library));
    }

    /** One readable line per problem: no Java class names, stack frames or parser internals. */
    static void assertReadable(String text) {
        for (String banned : List.of("Exception", "java.", "com.fasterxml", "[Source", "StreamReadConstraints", "\tat ",
                "REDACTED", "a valid a ")) {
            assertFalse(text.contains(banned), "\"" + banned + "\" in: " + text);
        }
    }

    static void assertUnchanged(Path file, byte[] before) throws IOException {
        assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8), Files.readString(file), file + " was changed");
    }
}
