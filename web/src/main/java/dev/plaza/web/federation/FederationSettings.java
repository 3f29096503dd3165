package dev.plaza.web.federation;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.federation.http.GuardSettings;
import java.time.Clock;
import java.util.Optional;

/**
 * How Plaza talks to other servers.
 *
 * @param outbound   limits of every outbound fetch (loopback only in tests)
 * @param deliveries where outgoing activities go; empty means the store's durable queue
 * @param inbound    how much each remote server may send to the inboxes
 * @param requireSignedFetch whether posts and collections are served only to signed GETs ("authorized
 *                   fetch", as Mastodon's secure mode), so that blocked servers cannot read them
 */
public record FederationSettings(GuardSettings outbound, Optional<DeliveryQueue> deliveries, Clock clock,
        InboundLimits inbound, boolean requireSignedFetch) {

    public static final FederationSettings DEFAULT = new FederationSettings(GuardSettings.DEFAULT, Optional.empty(),
            Clock.systemUTC(), InboundLimits.DEFAULT, false);

    public FederationSettings {
        requireNonNull(outbound, "outbound");
        requireNonNull(deliveries, "deliveries");
        requireNonNull(clock, "clock");
        requireNonNull(inbound, "inbound");
    }

    /** For tests with peers on 127.0.0.1. */
    public static FederationSettings forLoopbackTests() {
        return new FederationSettings(GuardSettings.forLoopbackTests(), Optional.empty(), Clock.systemUTC(),
                InboundLimits.DEFAULT, false);
    }

    public FederationSettings withOutbound(GuardSettings limits) {
        return new FederationSettings(limits, deliveries, clock, inbound, requireSignedFetch);
    }

    public FederationSettings withDeliveries(DeliveryQueue queue) {
        return new FederationSettings(outbound, Optional.of(queue), clock, inbound, requireSignedFetch);
    }

    public FederationSettings withInbound(InboundLimits limits) {
        return new FederationSettings(outbound, deliveries, clock, limits, requireSignedFetch);
    }

    public FederationSettings withRequireSignedFetch(boolean required) {
        return new FederationSettings(outbound, deliveries, clock, inbound, required);
    }
}
