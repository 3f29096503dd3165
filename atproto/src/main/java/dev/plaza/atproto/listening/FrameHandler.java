package dev.plaza.atproto.listening;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.cbor.DagValue;
import dev.plaza.atproto.firehose.AccountMessage;
import dev.plaza.atproto.firehose.CommitMessage;
import dev.plaza.atproto.firehose.ErrorFrame;
import dev.plaza.atproto.firehose.FirehoseMessage;
import dev.plaza.atproto.firehose.Frames;
import dev.plaza.atproto.firehose.IdentityMessage;
import dev.plaza.atproto.firehose.InfoMessage;
import dev.plaza.atproto.firehose.SyncMessage;
import dev.plaza.atproto.firehose.UnknownMessage;
import dev.plaza.atproto.syntax.Datetime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the listener does with each frame of a connection: decodes it and keeps, skips or verifies the message into
 * the pending batch; or, for an error frame, or a message that cannot be verified now, says how the connection ends.
 */
final class FrameHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FrameHandler.class);

    static final String FUTURE_CURSOR = "FutureCursor";
    static final String CONSUMER_TOO_SLOW = "ConsumerTooSlow";

    private final StreamEndpoint endpoint;
    private final Optional<Verification> verification;
    private final Metrics metrics;
    private final PendingBatch<FirehoseMessage> pending;

    FrameHandler(StreamEndpoint endpoint, Optional<Verification> verification, Metrics metrics, PendingBatch<FirehoseMessage> pending) {
        this.endpoint = endpoint;
        this.verification = verification;
        this.metrics = metrics;
        this.pending = pending;
    }

    /** Handles one frame; answers how the connection ends if it must. */
    Optional<Ending> handle(byte[] frame) {
        FirehoseMessage message;
        try {
            message = Frames.decode(frame);
        } catch (AtprotoException e) {
            metrics.malformed.incrementAndGet();
            LOG.warn("{} sent a frame of {} bytes that does not decode; skipped: {}", endpoint, frame.length, e.getMessage());
            return Optional.empty();
        }
        return switch (message) {
            case ErrorFrame error -> Optional.of(ended(error));
            case InfoMessage info -> {
                info(info);
                yield Optional.empty();
            }
            case UnknownMessage unknown -> {
                unknown(unknown);
                yield Optional.empty();
            }
            default -> sequenced(message, seq(message), time(message));
        };
    }

    private Optional<Ending> sequenced(FirehoseMessage message, long seq, Datetime time) {
        if (pending.alreadyHeard(seq)) {
            metrics.repeated.incrementAndGet();
            LOG.debug("{} sent seq {} again, not past the cursor {}; skipped", endpoint, seq, pending.cursor().orElseThrow());
            return Optional.empty();
        }
        Verification.Outcome outcome = verification.map(v -> v.check(message)).orElse(Verification.Outcome.KEEP);
        if (outcome.kind() == Verification.Kind.RETRY) {
            String why = "seq %d from %s cannot be verified now: %s; it is heard again after reconnecting"
                    .formatted(seq, endpoint, outcome.reason().orElse(""));
            LOG.warn(why);
            return Optional.of(Ending.soon(why));
        }
        metrics.handled(time.instant());
        switch (outcome.kind()) {
            case KEEP -> pending.keep(message, seq);
            case DROP -> {
                metrics.dropped.incrementAndGet();
                LOG.debug("seq {} from {} is left out: {}", seq, endpoint, outcome.reason().orElse(""));
                pending.skip(seq);
            }
            default -> {
                metrics.invalid.incrementAndGet();
                LOG.warn("seq {} from {} failed verification and is skipped: {}", seq, endpoint, outcome.reason().orElse(""));
                pending.skip(seq);
            }
        }
        return Optional.empty();
    }

    private Ending ended(ErrorFrame error) {
        metrics.errorFrames.incrementAndGet();
        String said = error.error() + error.message().map(text -> " (" + text + ")").orElse("");
        String cursor = pending.cursor().map(String::valueOf).orElse("(none)");
        return switch (error.error()) {
            case FUTURE_CURSOR -> {
                String why = ("%s refused the cursor %s as in its future: %s. The host lost messages, or the cursor is "
                        + "another host's. Plaza keeps the cursor and asks again at the longest backoff; clear the sink's "
                        + "cursor to start over from the host's present").formatted(endpoint, cursor, said);
                LOG.error(why);
                yield Ending.slowly(why);
            }
            case CONSUMER_TOO_SLOW -> {
                String why = "%s dropped this listener as too slow: %s; it resumes from cursor %s".formatted(endpoint, said, cursor);
                LOG.warn(why);
                yield Ending.soon(why);
            }
            default -> {
                String why = "%s ended the stream with an error: %s; it resumes from cursor %s".formatted(endpoint, said, cursor);
                LOG.warn(why);
                yield Ending.soon(why);
            }
        };
    }

    private void info(InfoMessage info) {
        metrics.infos.incrementAndGet();
        if (info.name().equals(InfoMessage.OUTDATED_CURSOR)) {
            LOG.warn("{} no longer keeps messages from cursor {} ({}): those in between were missed; it continues from the "
                    + "oldest it has", endpoint, pending.start().map(String::valueOf).orElse("(none)"),
                    info.message().orElse(InfoMessage.OUTDATED_CURSOR));
        } else {
            LOG.info("{} says {}{}", endpoint, info.name(), info.message().map(text -> ": " + text).orElse(""));
        }
        pending.note(info);
    }

    private void unknown(UnknownMessage unknown) {
        metrics.unknown.incrementAndGet();
        Optional<Long> seq = unknown.body().get("seq").filter(DagValue.Int.class::isInstance)
                .map(value -> ((DagValue.Int) value).value());
        LOG.debug("{} sent a {} message, a type Plaza does not read; skipped", endpoint, unknown.type());
        seq.filter(s -> !pending.alreadyHeard(s)).ifPresent(pending::skip);
    }

    private static long seq(FirehoseMessage message) {
        return switch (message) {
            case CommitMessage m -> m.seq();
            case SyncMessage m -> m.seq();
            case IdentityMessage m -> m.seq();
            case AccountMessage m -> m.seq();
            default -> throw new IllegalArgumentException(message + " has no seq");
        };
    }

    private static Datetime time(FirehoseMessage message) {
        return switch (message) {
            case CommitMessage m -> m.time();
            case SyncMessage m -> m.time();
            case IdentityMessage m -> m.time();
            case AccountMessage m -> m.time();
            default -> throw new IllegalArgumentException(message + " has no time");
        };
    }
}
