package dev.plaza.atproto.jetstream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.AtprotoException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The fields of one JSON object of an event, read with errors that name the field and the event. */
record JsonFields(JsonNode object, String where, String event) {

    /** How much of a wrong string an error quotes. */
    private static final int QUOTED = 64;

    static JsonFields of(JsonNode object, String where, String event) {
        if (!object.isObject()) {
            throw new AtprotoException("%s: %s is %s; it must be an object".formatted(event, where, kind(object)));
        }
        return new JsonFields(object, where, event);
    }

    JsonFields object(String name) {
        return of(required(name), path(name), event);
    }

    String text(String name) {
        return textOf(name, required(name));
    }

    Optional<String> optionalText(String name) {
        return present(name).map(value -> textOf(name, value));
    }

    long integer(String name) {
        JsonNode value = required(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrong(name, value, "a 64-bit integer");
        }
        return value.longValue();
    }

    boolean bool(String name) {
        JsonNode value = required(name);
        if (!value.isBoolean()) {
            throw wrong(name, value, "true or false");
        }
        return value.booleanValue();
    }

    JsonNode required(String name) {
        return present(name).orElseThrow(() -> new AtprotoException("%s: %s is missing".formatted(event, path(name))));
    }

    /** The field, unless it is absent or null. */
    Optional<JsonNode> present(String name) {
        return Optional.ofNullable(object.get(name)).filter(value -> !value.isNull());
    }

    /** Runs a syntax check on a field's text, naming the field when it fails. */
    <T> T parse(String name, Function<String, T> parser) {
        String text = text(name);
        try {
            return parser.apply(text);
        } catch (AtprotoException e) {
            throw new AtprotoException("%s: %s \"%s\" is not valid: %s".formatted(event, path(name), text, e.getMessage()), e);
        }
    }

    private String textOf(String name, JsonNode value) {
        if (!value.isTextual()) {
            throw wrong(name, value, "a string");
        }
        return value.textValue();
    }

    private AtprotoException wrong(String name, JsonNode value, String expected) {
        return new AtprotoException("%s: %s is %s; it must be %s".formatted(event, path(name), kind(value), expected));
    }

    private String path(String name) {
        return where.isEmpty() ? name : where + "." + name;
    }

    private static String kind(JsonNode value) {
        if (!value.isTextual()) {
            return value.getNodeType().name().toLowerCase(Locale.ROOT);
        }
        String text = value.textValue();
        return "the string \"" + (text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text) + "\"";
    }
}
