package dev.plaza.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A JSON object request body, read strictly: unknown fields, duplicate fields and values of the
 * wrong type are refused with a 400 that names the field. An object inside it is read as strictly,
 * its fields named by their path ({@code poll.options}).
 */
final class Body {

    private final JsonNode object;
    private final String path;

    private Body(JsonNode object, String path) {
        this.object = object;
        this.path = path;
    }

    static Body of(Context ctx, List<String> fields) {
        String text = ctx.body();
        if (text.isBlank()) {
            throw new IllegalArgumentException("the request needs a JSON object body with the fields " + fields);
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the request body is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("the request body must be a JSON object with the fields " + fields);
        }
        return strict(node, fields, "");
    }

    private static Body strict(JsonNode node, List<String> fields, String path) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new IllegalArgumentException("unknown field '%s%s' in the request body; expected %s"
                        .formatted(path, name, fields));
            }
        }
        return new Body(node, path);
    }

    boolean isEmpty() {
        return object.isEmpty();
    }

    boolean has(String field) {
        return object.has(field);
    }

    long requiredId(String field) {
        return id(field).orElseThrow(() -> required(field, "an integer id"));
    }

    /** Empty when the field is absent; a null is refused. */
    Optional<Long> id(String field) {
        return integral(field, "an integer id");
    }

    long requiredInteger(String field) {
        return integral(field, "an integer").orElseThrow(() -> required(field, "an integer"));
    }

    String requiredString(String field) {
        return string(field).orElseThrow(() -> required(field, "a string"));
    }

    /** Empty when the field is absent or null; ask {@link #has} to tell the two apart. */
    Optional<String> nullableString(String field) {
        return object.path(field).isNull() ? Optional.empty() : string(field);
    }

    Optional<Boolean> bool(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw wrongType(field, "true or false", value);
        }
        return Optional.of(value.booleanValue());
    }

    List<String> requiredStrings(String field) {
        JsonNode value = value(field);
        if (value == null) {
            throw required(field, "an array of strings");
        }
        if (!value.isArray()) {
            throw wrongType(field, "an array of strings", value);
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw wrongType(field, "an array of strings", value);
            }
            strings.add(item.textValue());
        }
        return List.copyOf(strings);
    }

    /** A non-empty array of integer ids, at most {@code max} of them. */
    List<Long> requiredIds(String field, int max) {
        JsonNode value = value(field);
        if (value == null) {
            throw required(field, "an array of integer ids");
        }
        if (!value.isArray() || value.isEmpty() || value.size() > max) {
            throw wrongType(field, "an array of 1 to %d integer ids".formatted(max), value);
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isIntegralNumber() || !item.canConvertToLong()) {
                throw wrongType(field, "an array of integer ids", value);
            }
            ids.add(item.longValue());
        }
        return List.copyOf(ids);
    }

    /** An object inside the body, read as strictly as the body itself; empty when the field is absent or null. */
    Optional<Body> object(String field, List<String> fields) {
        JsonNode value = value(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw wrongType(field, "an object with the fields " + fields, value);
        }
        return Optional.of(strict(value, fields, name(field) + "."));
    }

    /**
     * An array of objects inside the body, each read as strictly as the body itself and named by
     * its position ({@code fields[1].name}); empty when the field is absent or null.
     */
    List<Body> objects(String field, List<String> fields) {
        JsonNode value = value(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(field, "an array of objects with the fields " + fields, value);
        }
        List<Body> objects = new ArrayList<>();
        for (JsonNode item : value) {
            String at = "%s[%d]".formatted(name(field), objects.size());
            if (!item.isObject()) {
                throw new IllegalArgumentException("field '%s' must be an object with the fields %s".formatted(at, fields));
            }
            objects.add(strict(item, fields, at + "."));
        }
        return List.copyOf(objects);
    }

    /** How messages name a field of this object: with its path inside the body. */
    String name(String field) {
        return path + field;
    }

    Optional<String> string(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(field, "a string", value);
        }
        return Optional.of(value.textValue());
    }

    private Optional<Long> integral(String field, String expected) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(field, expected, value);
        }
        return Optional.of(value.longValue());
    }

    Optional<Double> number(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw wrongType(field, "a number", value);
        }
        return Optional.of(value.doubleValue());
    }

    /** Empty when the field is absent or null; ask {@link #has} to tell the two apart. */
    Optional<Long> nullableId(String field) {
        return object.path(field).isNull() ? Optional.empty() : id(field);
    }

    private JsonNode value(String field) {
        return object.get(field);
    }

    private IllegalArgumentException required(String field, String expected) {
        return new IllegalArgumentException("field '%s' is required (%s)".formatted(name(field), expected));
    }

    private IllegalArgumentException wrongType(String field, String expected, JsonNode value) {
        String shown = value.toString();
        return new IllegalArgumentException("field '%s' must be %s, got %s".formatted(name(field), expected,
                shown.length() > 40 ? shown.substring(0, 40) + "…" : shown));
    }
}
