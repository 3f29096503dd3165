package dev.plaza.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Words for error messages: what a value was, and a value quoted short enough to log. */
final class Shapes {

    private static final int QUOTED_CHARS = 80;

    private Shapes() {
    }

    static String of(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string " + quote(value.asText());
            case NUMBER -> "the number " + value.asText();
            case BOOLEAN -> "the boolean " + value.asText();
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    static String quote(String text) {
        String shown = text.length() <= QUOTED_CHARS ? text : text.substring(0, QUOTED_CHARS) + "…";
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
