package dev.plaza.atproto.listening;

import static dev.plaza.net.OutboundRequestException.Reason.BAD_URL;
import static dev.plaza.net.OutboundRequestException.Reason.FORBIDDEN_ADDRESS;
import static dev.plaza.net.OutboundRequestException.Reason.UNRESOLVABLE;

import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import dev.plaza.net.OutboundRequestException;
import java.util.Optional;

/**
 * Plaza's guard for the socket the JDK's WebSocket opens itself. Before each connection the host's health check is
 * asked through the guarded client, which resolves the host and refuses it when any of its addresses is not public
 * (loopback only where its settings allow it, for tests); a refusal stops the listener for good. The JDK then
 * resolves the same name again through the JVM's address cache (30 s by default), so it reaches the addresses the
 * guard passed unless the cache expires in between: its resolver cannot be pinned to them, as the guarded client's
 * own connections are. Whatever the host answers, or if it does not answer once resolved and passed, the
 * connection may go ahead.
 */
final class PublicTarget {

    private PublicTarget() {
    }

    /** Why the connection may not be opened now (never, or not until the host resolves); empty when it may. */
    static Optional<Ending> check(GuardedHttpClient http, StreamEndpoint endpoint) {
        try {
            http.get(endpoint.health(), Headers.empty());
            return Optional.empty();
        } catch (OutboundRequestException e) {
            if (e.reason() == FORBIDDEN_ADDRESS || e.reason() == BAD_URL) {
                return Optional.of(Ending.never("Plaza does not listen to %s: %s".formatted(endpoint, e.getMessage())));
            }
            if (e.reason() == UNRESOLVABLE) {
                return Optional.of(Ending.soon("%s cannot be listened to now: %s".formatted(endpoint, e.getMessage())));
            }
            return Optional.empty();
        }
    }
}
