package dev.plaza.web.federation;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.net.GuardSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * How Plaza talks to other servers.
 *
 * @param outbound   limits of every outbound fetch (loopback only in tests)
 * @param deliveries where outgoing activities go; empty means the store's durable queue
 * @param inbound    how much each remote server may send to the inboxes
 * @param requireSignedFetch whether posts and collections are served only to signed GETs ("authorized
 *                   fetch", as Mastodon's secure mode), so that blocked servers cannot read them
 * @param pollUpdateDelay how long after a vote a poll's new counts are sent (once for all the votes
 *                   of that while)
 */
public record FederationSettings(GuardSettings outbound, Optional<DeliveryQueue> deliveries, Clock clock,
        InboundLimits inbound, boolean requireSignedFetch, Duration pollUpdateDelay) {

    public static final Duration POLL_UPDATE_DELAY = Duration.ofMinutes(1);

    public static final FederationSettings DEFAULT = new FederationSettings(GuardSettings.DEFAULT, Optional.empty(),
            Clock.systemUTC(), InboundLimits.DEFAULT, false, POLL_UPDATE_DELAY);

    public FederationSettings {
        requireNonNull(outbound, "outbound");
        requireNonNull(deliveries, "deliveries");
        requireNonNull(clock, "clock");
        requireNonNull(inbound, "inbound");
        requireNonNull(pollUpdateDelay, "pollUpdateDelay");
    }

    /** For tests with peers on 127.0.0.1. */
    public static FederationSettings forLoopbackTests() {
        return DEFAULT.withOutbound(GuardSettings.forLoopbackTests());
    }

    public FederationSettings withOutbound(GuardSettings limits) {
        return new FederationSettings(limits, deliveries, clock, inbound, requireSignedFetch, pollUpdateDelay);
    }

    public FederationSettings withDeliveries(DeliveryQueue queue) {
        return new FederationSettings(outbound, Optional.of(queue), clock, inbound, requireSignedFetch, pollUpdateDelay);
    }

    public FederationSettings withInbound(InboundLimits limits) {
        return new FederationSettings(outbound, deliveries, clock, limits, requireSignedFetch, pollUpdateDelay);
    }

    public FederationSettings withRequireSignedFetch(boolean required) {
        return new FederationSettings(outbound, deliveries, clock, inbound, required, pollUpdateDelay);
    }

    public FederationSettings withPollUpdateDelay(Duration delay) {
        return new FederationSettings(outbound, deliveries, clock, inbound, requireSignedFetch, delay);
    }
}
