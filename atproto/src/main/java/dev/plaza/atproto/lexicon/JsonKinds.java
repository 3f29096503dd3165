package dev.plaza.atproto.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Names the kind of a JSON value for messages, with a short sample of scalars. */
final class JsonKinds {

    private static final int SAMPLE = 40;

    private JsonKinds() {
    }

    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "the string " + sample(value.toString());
            case NUMBER -> (value.isIntegralNumber() ? "the integer " : "the number ") + value;
            case BOOLEAN -> value.booleanValue() ? "true" : "false";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String sample(String json) {
        return json.length() <= SAMPLE ? json : json.substring(0, SAMPLE) + "…\"";
    }
}
