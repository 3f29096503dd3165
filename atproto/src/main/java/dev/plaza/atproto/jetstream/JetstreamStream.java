package dev.plaza.atproto.jetstream;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.listening.EventStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Jetstream as Plaza's listening machinery follows it: each connection asks for the filter of the moment, events
 * come as JSON text, or as zstd binary with the dictionary when compression was asked for, and each event's
 * {@code time_us} is its cursor.
 */
final class JetstreamStream implements EventStream<JetstreamEvent> {

    private final JetstreamSink sink;
    private final AtomicReference<JetstreamFilter> filter;
    private final Optional<ZstdDictionary> dictionary;
    private final int maxEventBytes;

    JetstreamStream(JetstreamSink sink, JetstreamFilter filter, Optional<ZstdDictionary> dictionary, int maxEventBytes) {
        this.sink = sink;
        this.filter = new AtomicReference<>(filter);
        this.dictionary = dictionary;
        this.maxEventBytes = maxEventBytes;
    }

    JetstreamFilter filter() {
        return filter.get();
    }

    void filter(JetstreamFilter now) {
        filter.set(now);
    }

    @Override
    public String target(Optional<Long> cursor) {
        return SubscribeQuery.of(filter.get(), cursor, dictionary.isPresent());
    }

    @Override
    public Heard<JetstreamEvent> read(byte[] message, boolean text) {
        int limit = filter.get().maxMessageSizeBytes().orElse(maxEventBytes);
        byte[] json = text ? message : inflate(message, limit);
        JetstreamEvent event = JetstreamDecoder.decode(json, limit);
        if (event instanceof JetstreamEvent.Unknown unknown) {
            return new Heard.Skipped<>(unknown.timeUs(), unknown.kind());
        }
        return new Heard.Event<>(event, event.timeUs(), Instant.EPOCH.plus(event.timeUs(), ChronoUnit.MICROS));
    }

    private byte[] inflate(byte[] message, int limit) {
        return dictionary.orElseThrow(() -> new AtprotoException(("a binary message of %d bytes came, but Plaza asked for "
                + "no compression: no zstd dictionary is configured").formatted(message.length)))
                .decompress(message, limit);
    }

    @Override
    public Optional<Long> cursor() {
        return sink.cursor();
    }

    @Override
    public void store(List<JetstreamEvent> events, long cursor) {
        sink.store(new JetstreamBatch(events, cursor));
    }
}
