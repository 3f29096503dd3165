package dev.plaza.atproto.listening;

import static dev.plaza.net.OutboundRequestException.Reason.UNRESOLVABLE;

import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.OutboundRequestException;
import java.util.Optional;

/**
 * Plaza's guard for the socket the JDK's WebSocket opens itself. Before each connection the guarded client checks
 * the host's http(s) address as it would for a request, without sending one: it resolves the host and refuses it
 * when any of its addresses is not public (loopback only where its settings allow it, for tests); a refusal stops
 * the listener for good. The JDK then resolves the same name again through the JVM's address cache (30 s by
 * default), so it reaches the addresses the guard passed unless the cache expires in between: its resolver cannot
 * be pinned to them, as the guarded client's own connections are.
 */
final class PublicTarget {

    private PublicTarget() {
    }

    /** Why the connection may not be opened now (never, or not until the host resolves); empty when it may. */
    static Optional<Ending> check(GuardedHttpClient http, StreamEndpoint endpoint) {
        try {
            http.checkTarget(endpoint.health());
            return Optional.empty();
        } catch (OutboundRequestException e) {
            return Optional.of(e.reason() == UNRESOLVABLE
                    ? Ending.soon("%s cannot be listened to now: %s".formatted(endpoint, e.getMessage()))
                    : Ending.never("Plaza does not listen to %s: %s".formatted(endpoint, e.getMessage())));
        }
    }
}
