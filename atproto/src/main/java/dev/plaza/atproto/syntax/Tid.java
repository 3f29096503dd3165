package dev.plaza.atproto.syntax;

import dev.plaza.atproto.AtprotoException;
import java.time.Instant;

/**
 * A timestamp identifier (atproto TID spec): a 64-bit integer whose top bit is zero, then 53 bits
 * of microseconds since the UNIX epoch and 10 bits of clock id, written as 13 characters of
 * base32-sortable so that string order is time order. The spec's syntax admits first characters up
 * to 'j', which set the top bit; such TIDs are accepted as text, though {@link #of} never makes one.
 */
public record Tid(String value) implements Comparable<Tid> {

    static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    static final int LENGTH = 13;
    public static final long MAX_TIMESTAMP_MICROS = (1L << 53) - 1;
    public static final int MAX_CLOCK_ID = (1 << 10) - 1;

    public Tid {
        check(value);
    }

    public static Tid parse(String text) {
        return new Tid(text);
    }

    public static boolean isValid(String text) {
        return Refusal.passes(Tid::check, text);
    }

    public static Tid of(long timestampMicros, int clockId) {
        if (timestampMicros < 0 || timestampMicros > MAX_TIMESTAMP_MICROS) {
            throw new AtprotoException("TID timestamp %d µs is outside 0..2^53-1".formatted(timestampMicros));
        }
        if (clockId < 0 || clockId > MAX_CLOCK_ID) {
            throw new AtprotoException("TID clock id %d is outside 0..%d".formatted(clockId, MAX_CLOCK_ID));
        }
        long bits = (timestampMicros << 10) | clockId;
        char[] chars = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            chars[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new Tid(new String(chars));
    }

    public long timestampMicros() {
        return bits() >>> 10;
    }

    public int clockId() {
        return (int) (bits() & MAX_CLOCK_ID);
    }

    public Instant instant() {
        long micros = timestampMicros();
        return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000);
    }

    @Override
    public int compareTo(Tid other) {
        return value.compareTo(other.value);
    }

    private long bits() {
        long bits = 0;
        for (int i = 0; i < LENGTH; i++) {
            bits = (bits << 5) | ALPHABET.indexOf(value.charAt(i));
        }
        return bits;
    }

    private static void check(String text) {
        if (text.length() != LENGTH) {
            throw Refusal.of("TID", text, "a TID is %d characters, not %d".formatted(LENGTH, text.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                throw Refusal.of("TID", text, "%s at %d is not base32-sortable (%s)"
                        .formatted(Refusal.describe(text.charAt(i)), i, ALPHABET));
            }
        }
        // 13 characters carry 65 bits; the spec's syntax lets the first hold the low 4 of its 5 (2-7, a-j)
        if (ALPHABET.indexOf(text.charAt(0)) > 15) {
            throw Refusal.of("TID", text, "the first character must be one of 2-7 or a-j");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
