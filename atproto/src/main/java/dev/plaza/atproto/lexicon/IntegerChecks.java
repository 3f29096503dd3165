package dev.plaza.atproto.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.atproto.lexicon.LexType.IntegerType;

/** An integer value against its schema: a whole number within 64 bits, const, enum and range. */
final class IntegerChecks {

    private IntegerChecks() {
    }

    static void check(JsonNode value, IntegerType type, String path) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw DataValidator.expected(path, "a 64-bit integer", value);
        }
        long n = value.longValue();
        if (type.constValue().isPresent() && n != type.constValue().getAsLong()) {
            throw DataValidator.refuse(path, "is %d; it must be the constant %d".formatted(n, type.constValue().getAsLong()));
        }
        if (type.enumValues().isPresent() && !type.enumValues().get().contains(n)) {
            throw DataValidator.refuse(path, "is %d, not one of %s".formatted(n, type.enumValues().get()));
        }
        if (type.minimum().isPresent() && n < type.minimum().getAsLong()) {
            throw DataValidator.refuse(path, "is %d, below the minimum %d".formatted(n, type.minimum().getAsLong()));
        }
        if (type.maximum().isPresent() && n > type.maximum().getAsLong()) {
            throw DataValidator.refuse(path, "is %d, above the maximum %d".formatted(n, type.maximum().getAsLong()));
        }
    }
}
