package org.handoutstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.handoutstudio.io.Json;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.Provenance;
import org.handoutstudio.library.SafetyNetting;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "library", description = "List every library item with its provenance.")
final class LibraryCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print a JSON array: type, id, title, origin, body regions, category, "
            + "position, equipment, cautions or conditions, figure and provenance (with approvedBy).")
    boolean json;

    @CommandLine.ParentCommand
    HandoutStudioCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Library library = root.workspace().library();
        var out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = Json.mapper().createArrayNode();
            for (Library.Entry entry : library.entries()) {
                array.add(toJson(entry));
            }
            try {
                out.println(Json.mapper().writeValueAsString(array));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return ExitCodes.OK;
        }
        for (Library.Entry entry : library.entries()) {
            LibraryItem item = entry.item();
            Provenance p = item.provenance();
            String origin = entry.origin() == Library.Origin.BUNDLED ? ""
                    : "  [" + entry.origin().name().toLowerCase(Locale.ROOT)
                    + (entry.overridesBundled() ? ", replaces the bundled item" : "") + "]";
            String approved = p.approvedBy() == null || p.approvedBy().isBlank() ? "not yet approved"
                    : "approved by " + p.approvedBy();
            out.printf("%-15s %-40s %s  v%s  reviewed %s  next review %s  %s%s%n", item.type().jsonName(), item.id(),
                    item.title(), p.version(), p.lastReviewed(), p.nextReview(), approved, origin);
        }
        return ExitCodes.OK;
    }

    private static ObjectNode toJson(Library.Entry entry) {
        LibraryItem item = entry.item();
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("type", item.type().jsonName());
        node.put("id", item.id());
        node.put("title", item.title());
        node.put("origin", entry.origin().name().toLowerCase(Locale.ROOT));
        if (entry.overridesBundled()) {
            node.put("overridesBundled", true);
        }
        node.set("bodyRegions", Json.mapper().valueToTree(item.bodyRegions()));
        if (item instanceof Exercise exercise) {
            node.set("category", Json.mapper().valueToTree(exercise.category()));
            node.set("position", Json.mapper().valueToTree(exercise.position()));
            node.set("equipment", Json.mapper().valueToTree(exercise.equipment()));
            node.set("cautions", Json.mapper().valueToTree(exercise.cautions()));
            if (exercise.figure() != null) {
                node.put("figure", exercise.figure());
            }
        }
        if (item instanceof SafetyNetting safety) {
            node.set("conditions", Json.mapper().valueToTree(safety.conditions()));
        }
        ObjectNode provenance = Json.mapper().valueToTree(item.provenance());
        // Shown empty until a clinician signs the item off, so a practice sees what has not been.
        provenance.put("approvedBy", item.provenance().approvedBy() == null ? "" : item.provenance().approvedBy());
        node.set("provenance", provenance);
        return node;
    }
}
