package dev.plaza.atproto.lexicon;

import java.util.OptionalInt;

/** The minimum and maximum sizes a schema puts on strings, bytes and arrays. */
final class Bounds {

    private Bounds() {
    }

    static void check(String path, long size, OptionalInt min, OptionalInt max, String unit) {
        if (min.isPresent() && size < min.getAsInt()) {
            throw DataValidator.refuse(path, "has %d %s; the minimum is %d".formatted(size, unit, min.getAsInt()));
        }
        if (max.isPresent() && size > max.getAsInt()) {
            throw DataValidator.refuse(path, "has %d %s; the maximum is %d".formatted(size, unit, max.getAsInt()));
        }
    }
}
