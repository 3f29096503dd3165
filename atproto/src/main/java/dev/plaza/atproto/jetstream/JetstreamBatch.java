package dev.plaza.atproto.jetstream;

import dev.plaza.atproto.AtprotoException;
import java.util.List;

/**
 * Events heard on a Jetstream, in stream order, and the cursor they advance the listener to: the time_us of the last
 * event heard, which may be past the last event here when events of unknown kinds were skipped after it. A batch may
 * carry no events and only move the cursor. {@link JetstreamSink#store} keeps both in one transaction.
 */
public record JetstreamBatch(List<JetstreamEvent> events, long cursor) {

    public JetstreamBatch {
        events = List.copyOf(events);
        if (cursor < 0) {
            throw new AtprotoException("a Jetstream cursor is unix microseconds, never negative; got " + cursor);
        }
    }
}
