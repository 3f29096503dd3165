package dev.plaza.atproto.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.lexicon.LexType.StringType;
import java.nio.charset.StandardCharsets;

/**
 * A string value against its schema: const, enum, length in UTF-8 bytes, length in graphemes and
 * format (atproto Lexicon spec). knownValues only suggest, so any string passes them.
 */
final class StringChecks {

    private StringChecks() {
    }

    static void check(JsonNode value, StringType type, String path) {
        if (!value.isTextual()) {
            throw DataValidator.expected(path, "a string", value);
        }
        String text = value.textValue();
        if (type.constValue().isPresent() && !type.constValue().get().equals(text)) {
            throw DataValidator.refuse(path, "must be the constant \"%s\"".formatted(type.constValue().get()));
        }
        if (type.enumValues().isPresent() && !type.enumValues().get().contains(text)) {
            throw DataValidator.refuse(path, "%s is not one of %s".formatted(JsonKinds.describe(value), type.enumValues().get()));
        }
        if (type.minLength().isPresent() || type.maxLength().isPresent()) {
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            Bounds.check(path, bytes, type.minLength(), type.maxLength(), "UTF-8 bytes");
        }
        if (type.minGraphemes().isPresent() || type.maxGraphemes().isPresent()) {
            Bounds.check(path, Graphemes.count(text), type.minGraphemes(), type.maxGraphemes(), "graphemes");
        }
        type.format().ifPresent(format -> {
            if (!format.accepts(text)) {
                throw DataValidator.refuse(path, "%s is not a valid %s".formatted(JsonKinds.describe(value), format.schemaName()));
            }
        });
    }
}
