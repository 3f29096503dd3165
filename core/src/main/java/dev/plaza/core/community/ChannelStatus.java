package dev.plaza.core.community;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a channel's listener goes, as it last reported.
 *
 * @param lastEventAt when the source last brought something (a message on a stream, an item in a feed)
 * @param lag         how far behind its source the channel is: a stream's last message against the clock,
 *                    a feed's last successful poll against the clock
 * @param events      what the listener brought: messages read from a stream, items read from a feed
 * @param lastError   the last thing that went wrong, and when
 */
public record ChannelStatus(ChannelState state, Optional<Instant> lastEventAt, Optional<Duration> lag, long events,
                            Optional<String> lastError, Optional<Instant> lastErrorAt, Instant updatedAt) {

    public static final int MAX_ERROR = 1_000;

    public ChannelStatus {
        requireNonNull(state, "state");
        requireNonNull(lastEventAt, "lastEventAt");
        requireNonNull(lag, "lag");
        requireNonNull(lastError, "lastError");
        requireNonNull(lastErrorAt, "lastErrorAt");
        requireNonNull(updatedAt, "updatedAt");
        lag = lag.map(l -> l.isNegative() ? Duration.ZERO : l);
        lastError = lastError.map(e -> e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR - 1) + "…" : e);
        if (events < 0) {
            throw new IllegalArgumentException("a channel cannot have brought %d events".formatted(events));
        }
    }
}
