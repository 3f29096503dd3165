package dev.plaza.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A JSON object request body, read strictly: unknown fields, duplicate fields and values of the
 * wrong type are refused with a 400 that names the field.
 */
final class Body {

    private final JsonNode object;

    private Body(JsonNode object) {
        this.object = object;
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
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new IllegalArgumentException("unknown field '%s' in the request body; expected %s"
                        .formatted(name, fields));
            }
        }
        return new Body(node);
    }

    boolean isEmpty() {
        return object.isEmpty();
    }

    boolean has(String field) {
        return object.has(field);
    }

    long requiredId(String field) {
        return id(field).orElseThrow(() -> new IllegalArgumentException(
                "field '%s' is required (an integer id)".formatted(field)));
    }

    /** Empty when the field is absent; a null is refused. */
    Optional<Long> id(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(field, "an integer id", value);
        }
        return Optional.of(value.longValue());
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

    private static IllegalArgumentException wrongType(String field, String expected, JsonNode value) {
        String shown = value.toString();
        return new IllegalArgumentException("field '%s' must be %s, got %s".formatted(field, expected,
                shown.length() > 40 ? shown.substring(0, 40) + "…" : shown));
    }
}
