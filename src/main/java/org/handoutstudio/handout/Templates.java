package org.handoutstudio.handout;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handoutstudio.io.Json;
import org.handoutstudio.io.Problems;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryLoader;

/** The bundled starting templates, in the order of {@code templates/index.json}. */
public final class Templates {

    private static volatile List<Template> bundled;

    private Templates() {
    }

    public static List<Template> bundled() {
        List<Template> all = bundled;
        if (all == null) {
            synchronized (Templates.class) {
                all = bundled;
                if (all == null) {
                    all = load(LibraryLoader.bundled());
                    bundled = all;
                }
            }
        }
        return all;
    }

    public static Optional<Template> find(String id) {
        return bundled().stream().filter(template -> template.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return bundled().stream().map(Template::id).toList();
    }

    private static List<Template> load(Library library) {
        List<Template> templates = new ArrayList<>();
        for (String id : indexedIds()) {
            String source = "templates/" + id + ".json";
            try (InputStream in = Templates.class.getResourceAsStream("/" + source)) {
                if (in == null) {
                    throw new IOException("missing resource " + source);
                }
                templates.add(read(in, source, library));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(templates);
    }

    private static List<String> indexedIds() {
        try (InputStream in = Templates.class.getResourceAsStream("/templates/index.json")) {
            if (in == null) {
                throw new IOException("missing resource templates/index.json");
            }
            JsonNode index = Json.readTree(in, "templates/index.json");
            List<String> ids = new ArrayList<>();
            index.path("templates").forEach(node -> ids.add(node.asText()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and fully checks one template file against {@code library}. */
    public static Template read(InputStream in, String source, Library library) {
        Template template = Json.readVersioned(in, source, Template.CURRENT_SCHEMA, Template.class);
        Problems problems = new Problems(source);
        template.validate(problems, library);
        problems.throwIfAny();
        return template;
    }
}
