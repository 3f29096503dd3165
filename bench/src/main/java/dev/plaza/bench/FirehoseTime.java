package dev.plaza.bench;

import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Tid;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The recording's clock: frame {@code i} of the stream is sent {@code i × 2 ms} after a fixed start
 * in the past (so no rev is from the future for a relay), with a sequence number far into a
 * network's history.
 */
final class FirehoseTime {

    static final long FIRST_SEQ = 7_000_000_000L;
    private static final Instant START = Instant.parse("2025-06-02T09:00:00Z");
    private static final long MICROS_BETWEEN_FRAMES = 2_000;
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private FirehoseTime() {
    }

    static long seq(int frame) {
        return FIRST_SEQ + frame;
    }

    static long micros(int frame) {
        return START.toEpochMilli() * 1000 + frame * MICROS_BETWEEN_FRAMES;
    }

    /** "2025-06-02T09:00:00.002Z", as a PDS writes datetimes. */
    static String datetime(long micros) {
        return DATETIME.format(Instant.ofEpochSecond(0, micros * 1000));
    }

    static Datetime parsedDatetime(long micros) {
        return Datetime.parse(datetime(micros));
    }

    static String tid(long micros, int clockId) {
        return Tid.of(micros, clockId).value();
    }
}
