package org.handoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handoutstudio.app.AppFolders;
import org.handoutstudio.handout.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch is written on every core, and each PDF is the same, byte for byte, as when exported alone. */
class BatchExportTest {

    @TempDir
    Path dir;

    @Test
    void aBatchWritesTheSameBytesAsOneAtATimeAndListsThemInOrder() throws Exception {
        AppFolders folders = new AppFolders(dir.resolve("data"));
        List<String> ids = Templates.ids().subList(0, 8);
        List<String> batch = new ArrayList<>(List.of("export", "--date", "2026-11-22", "--diary"));
        ids.forEach(id -> batch.addAll(List.of("--template", id)));
        Path together = Files.createDirectories(dir.resolve("together"));
        batch.addAll(List.of("--out-dir", together.toString()));
        CliTest.Result result = CliTest.run(folders, batch.toArray(new String[0]));
        assertEquals(0, result.code(), result.err());
        assertEquals(ids.stream().map(id -> together.resolve(id + ".pdf").toString()).toList(),
                result.out().lines().toList(), "written in the order given");
        for (String id : ids) {
            Path alone = dir.resolve(id + ".pdf");
            assertEquals(0, CliTest.run(folders, "export", "--date", "2026-11-22", "--diary", "--template", id, "-o",
                    alone.toString()).code());
            assertArrayEquals(Files.readAllBytes(alone), Files.readAllBytes(together.resolve(id + ".pdf")), id);
        }
    }
}
