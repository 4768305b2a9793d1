package org.handoutstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
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

@Command(name = "library", description = "List every library item with its provenance.",
        subcommands = {LibraryPackCommands.Export.class, LibraryPackCommands.Import.class})
final class LibraryCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print a JSON array: type, id, title, origin, body regions, category, "
            + "position, equipment, cautions or conditions, figure and provenance (with approvedBy).")
    boolean json;

    @Option(names = "--due", description = "List only the items past their next review date, with that date and "
            + "where each comes from.")
    boolean due;

    @CommandLine.ParentCommand
    HandoutStudioCommand root;

    /** Today, for review dates (tests fix it). */
    Clock clock = Clock.systemDefaultZone();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Library library = root.workspace().library();
        var out = spec.commandLine().getOut();
        if (due) {
            LocalDate today = LocalDate.now(clock);
            int count = 0;
            for (Library.Entry entry : library.entries()) {
                Provenance p = entry.item().provenance();
                if (p.isOverdue(today)) {
                    out.printf("%-40s review was due %s  (%s)  %s%n", entry.item().id(), p.nextReview(),
                            originName(entry), entry.item().title());
                    count++;
                }
            }
            out.println(count == 0 ? "no item is past its review date" : count + " item(s) past their review date");
            return ExitCodes.OK;
        }
        if (json) {
            ArrayNode array = Json.mapper().createArrayNode();
            for (Library.Entry entry : library.entries()) {
                array.add(toJson(entry, LocalDate.now(clock)));
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

    private static String originName(Library.Entry entry) {
        return entry.origin().name().toLowerCase(Locale.ROOT) + (entry.overridesBundled() ? ", overrides bundled" : "");
    }

    private static ObjectNode toJson(Library.Entry entry, LocalDate today) {
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
        node.put("reviewOverdue", item.provenance().isOverdue(today));
        return node;
    }
}
