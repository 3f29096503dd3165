package dev.plaza.atproto.listening;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.listening.EventStream.Heard;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an {@link EventStream}'s messages into the pending batch: events past the cursor are kept, events at or before
 * it were heard already, unknown kinds only move the cursor, and a message that cannot be read is skipped. None of
 * them ends the connection.
 */
record EventReader<M>(StreamEndpoint endpoint, EventStream<M> stream, Metrics metrics, PendingBatch<M> pending) {

    private static final Logger LOG = LoggerFactory.getLogger(EventReader.class);

    Optional<Ending> handle(Arrival.Frame frame) {
        Heard<M> heard;
        try {
            heard = stream.read(frame.bytes(), frame.text());
        } catch (AtprotoException e) {
            metrics.malformed.incrementAndGet();
            LOG.warn("{} sent a message of {} bytes that cannot be read; skipped: {}", endpoint, frame.bytes().length,
                    e.getMessage());
            return Optional.empty();
        }
        switch (heard) {
            case Heard.Event<M> event -> keep(event);
            case Heard.Skipped<M> skipped -> {
                metrics.unknown.incrementAndGet();
                LOG.debug("{} sent a {} event, a kind Plaza does not read; skipped", endpoint, skipped.kind());
                if (!pending.alreadyHeard(skipped.cursor())) {
                    pending.skip(skipped.cursor());
                }
            }
        }
        return Optional.empty();
    }

    private void keep(Heard.Event<M> event) {
        if (pending.alreadyHeard(event.cursor())) {
            metrics.repeated.incrementAndGet();
            LOG.debug("{} sent cursor {} again, not past {}; skipped", endpoint, event.cursor(), pending.cursor().orElseThrow());
            return;
        }
        metrics.handled(event.at());
        pending.keep(event.event(), event.cursor());
    }
}
