package org.handoutstudio.io;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one configured Jackson mapper for every file Handout Studio reads or writes. Reading is
 * strict (unknown fields, wrong types and trailing content are errors) and bounded (string
 * length, nesting depth and document size), and every failure becomes a {@link Problem} that
 * names the file, the JSON path, and the line and column.
 */
public final class Json {

    /** Larger than any real library file, far smaller than memory. */
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    public static final int MAX_STRING_LENGTH = 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .maxNumberLength(20)
                            .build())
                    .build())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // A null inside a list (a stray "null," in an items array) is an error naming its place.
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // Numbers, true/false and text are each written as themselves: "10" is not a number.
            .withCoercionConfig(LogicalType.Integer, strict -> strict.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, strict -> strict.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, strict -> strict.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, strict -> strict.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    /** Files as written, but always with \n line ends: what {@link #canonicalBytes} hashes. */
    private static final ObjectWriter CANONICAL = MAPPER.writer(
            new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * {@code value} as JSON bytes that are the same on every system (the mapper's own output ends
     * lines the system's way), for fixed document ids.
     */
    public static byte[] canonicalBytes(Object value) {
        try {
            return CANONICAL.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a whole document as a tree, for checks (such as schemaVersion) before binding. */
    public static JsonNode readTree(InputStream in, String source) {
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new InvalidContentException(new Problem(source, "", -1, -1, "the file is empty"));
            }
            return node;
        } catch (IOException e) {
            throw translate(e, source);
        }
    }

    public static <T> T bind(JsonNode node, Class<T> type, String source) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (IOException | IllegalArgumentException e) {
            throw translate(e, source);
        }
    }

    public static <T> T read(InputStream in, Class<T> type, String source) {
        try {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw translate(e, source);
        }
    }

    /**
     * Reads a versioned document: refuses newer schema versions, migrates older ones, and binds
     * strictly. When no migration is needed it binds from the bytes themselves, so errors keep
     * their line and column.
     */
    public static <T> T readVersioned(InputStream in, String source, int current, Class<T> type,
                                      SchemaVersions.Step... steps) {
        byte[] bytes = readLimited(in, source);
        JsonNode tree = readTree(new ByteArrayInputStream(bytes), source);
        if (SchemaVersions.versionOf(tree, current, source) == current) {
            return read(new ByteArrayInputStream(bytes), type, source);
        }
        return bind(SchemaVersions.migrate(tree, current, source, steps), type, source);
    }

    /** Reads at most {@link #MAX_DOCUMENT_BYTES}; a larger file is refused before it fills memory. */
    static byte[] readLimited(InputStream in, String source) {
        try {
            byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > MAX_DOCUMENT_BYTES) {
                throw new InvalidContentException(new Problem(source, "", -1, -1, "the file is larger than "
                        + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB, too large to be a Handout Studio file"));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turns a Jackson failure into a problem a person can act on. */
    public static InvalidContentException translate(Exception failure, String source) {
        if (failure instanceof InvalidContentException already) {
            return already;
        }
        String path = "";
        JsonLocation where = null;
        String message;
        if (failure instanceof JsonMappingException mapping) {
            path = pathOf(mapping);
            where = mapping.getLocation();
            message = describe(mapping);
        } else if (failure instanceof StreamConstraintsException limit) {
            where = limit.getLocation();
            message = describeLimit(limit.getOriginalMessage());
        } else if (failure instanceof JsonParseException parse) {
            where = parse.getLocation();
            message = "not valid JSON: " + withoutInternals(parse.getOriginalMessage());
        } else if (failure.getCause() instanceof JsonMappingException cause) {
            return translate(cause, source);
        } else {
            message = "cannot be read (" + withoutInternals(failure.getMessage()) + ")";
        }
        if (path.startsWith("patient")) {
            // Patient details never go into messages, which may be shown or logged elsewhere.
            message = "is not valid here";
        }
        int line = where == null ? -1 : where.getLineNr();
        int column = where == null ? -1 : where.getColumnNr();
        return new InvalidContentException(new Problem(source, path, line, column, firstLine(message)));
    }

    private static String describe(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "unknown field \"" + unknown.getPropertyName() + "\"" + (known.isEmpty() ? "" : " (expected one of: " + known + ")");
        }
        if (mapping instanceof InvalidTypeIdException typeId) {
            return describeType(typeId);
        }
        if (mapping instanceof InvalidNullException) {
            return "is empty (null); fill it in or remove it";
        }
        if (mapping instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                List<String> allowed = Arrays.stream(target.getEnumConstants()).map(Json::jsonName).toList();
                String value = String.valueOf(format.getValue());
                String sameLetters = allowed.stream().filter(value::equalsIgnoreCase).findFirst()
                        .map(name -> " (capitals matter: write \"" + name + "\")").orElse("");
                return "\"" + value + "\" is not one of: " + String.join(", ", allowed) + sameLetters;
            }
            return "\"" + format.getValue() + "\" is not " + friendlyType(target);
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + friendlyType(mismatch.getTargetType());
        }
        if (mapping instanceof ValueInstantiationException) {
            return "has a value that cannot be used here (an empty entry, or text where a list belongs?)";
        }
        return withoutInternals(mapping.getOriginalMessage());
    }

    /** A missing or unknown {@code "type"} or {@code "kind"}, with the ones there are. */
    private static String describeType(InvalidTypeIdException typeId) {
        Class<?> base = typeId.getBaseType() == null ? null : typeId.getBaseType().getRawClass();
        JsonTypeInfo info = base == null ? null : base.getAnnotation(JsonTypeInfo.class);
        JsonSubTypes subtypes = base == null ? null : base.getAnnotation(JsonSubTypes.class);
        if (info == null || subtypes == null) {
            return "has an unknown or missing type";
        }
        String allowed = Arrays.stream(subtypes.value()).map(JsonSubTypes.Type::name).collect(Collectors.joining(", "));
        return typeId.getTypeId() == null
                ? "needs a \"" + info.property() + "\": one of " + allowed
                : "\"" + info.property() + "\": \"" + typeId.getTypeId() + "\" is not one of: " + allowed;
    }

    /** How an enum constant is written in files (its Jackson name: {@code A4}, {@code safety-netting}). */
    private static String jsonName(Object constant) {
        try {
            return MAPPER.writeValueAsString(constant).replace("\"", "");
        } catch (JsonProcessingException e) {
            return constant.toString();
        }
    }

    /** A limit from {@link StreamReadConstraints}, in the file's terms rather than the parser's. */
    private static String describeLimit(String original) {
        String text = original == null ? "" : original.toLowerCase(Locale.ROOT);
        if (text.contains("nesting depth")) {
            return "the file nests lists and objects more than " + MAX_NESTING_DEPTH + " deep, far more than any"
                    + " Handout Studio file does";
        }
        if (text.contains("string value length")) {
            return "a piece of text is longer than " + MAX_STRING_LENGTH / (1024 * 1024) + " MB, too long for any field";
        }
        if (text.contains("number value length")) {
            return "a number has more than 20 digits";
        }
        return "the file is larger than " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB, too large to be a Handout Studio"
                + " file";
    }

    /** Removes what only a programmer needs from a parser's message: source excerpts, class names. */
    static String withoutInternals(String message) {
        if (message == null) {
            return "unreadable";
        }
        String text = firstLine(message);
        int source = text.indexOf(" at [Source");
        if (source < 0) {
            source = text.indexOf("[Source");
        }
        if (source >= 0) {
            text = text.substring(0, source).strip();
        }
        text = text.replaceAll("\\(by `[^`]*`\\)", "")
                .replaceAll("`?(java|com\\.fasterxml|org\\.handoutstudio)\\.[\\w.$]+`?", "a value")
                .replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "unreadable" : text;
    }

    private static String friendlyType(Class<?> type) {
        if (type == null) {
            return "a usable value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date like 2026-11-22";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of: " + Arrays.stream(type.getEnumConstants()).map(Json::jsonName).collect(Collectors.joining(", "));
        }
        return "an object";
    }

    /** Renders Jackson's reference chain as {@code items[3].dosage.reps}. */
    private static String pathOf(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
