package org.handoutstudio.figures;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;

/** Strict Jackson reading: unknown fields, duplicate keys and numbers written as strings are errors. */
final class FigureJson {

    private static final ObjectMapper MAPPER = create();

    private static ObjectMapper create() {
        // The same limits as the app's other files: hostile files fail before using up memory.
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(16L * 1024 * 1024).maxStringLength(1024 * 1024)
                        .maxNestingDepth(64).maxNumberLength(20).build())
                .build();
        ObjectMapper m = new ObjectMapper(factory);
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (LogicalType t : new LogicalType[] {LogicalType.Float, LogicalType.Integer, LogicalType.Boolean}) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }

    static <T> T read(InputStream in, String source, Class<T> type) {
        if (in == null) {
            throw new FigureException(source + ": no such file");
        }
        try (in) {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw new FigureException(source + ": the file is empty or null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : " (expected one of "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
            throw new FigureException(where(source, e) + path(e) + ": unknown field \"" + e.getPropertyName() + "\"" + known, e);
        } catch (MismatchedInputException e) {
            String expected = expected(e.getTargetType());
            String problem = expected != null ? "expected " + expected
                    : e.getOriginalMessage().replaceAll("\\s*\\(through reference chain.*$", "");
            throw new FigureException(where(source, e) + path(e) + ": " + problem, e);
        } catch (JsonMappingException e) {
            throw new FigureException(where(source, e) + path(e) + ": " + e.getOriginalMessage()
                    .replaceAll("\\s*\\(through reference chain.*$", ""), e);
        } catch (JsonProcessingException e) {
            throw new FigureException(where(source, e) + "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FigureException(source + ": could not be read: " + e.getMessage(), e);
        }
    }

    /** Plain words for the JSON a Java type wants, or null when there are none. */
    private static String expected(Class<?> type) {
        if (type == null) return null;
        if (Number.class.isAssignableFrom(type) || type == double.class || type == int.class) return "a number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == String.class) return "text in quotes";
        if (java.util.List.class.isAssignableFrom(type)) return "a list [ ... ]";
        return "an object { ... }";
    }

    /** "file:line:column: " where Jackson knows the place, else "file: ". */
    private static String where(String source, JsonProcessingException e) {
        return e.getLocation() == null ? source + ": "
                : source + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": ";
    }

    /** "start.both.hip" or "props[2].type" from Jackson's reference chain. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "(top level)" : sb.toString();
    }

    private FigureJson() { }
}
