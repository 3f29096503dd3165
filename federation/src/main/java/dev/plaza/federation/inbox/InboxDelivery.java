package dev.plaza.federation.inbox;

import static java.util.Objects.requireNonNull;

import dev.plaza.net.SignableRequest;
import java.util.Optional;

/**
 * A POST to an inbox.
 *
 * @param username the local actor whose inbox it is; empty for the shared inbox
 */
public record InboxDelivery(SignableRequest request, Optional<String> username) {

    public InboxDelivery {
        requireNonNull(request, "request");
        requireNonNull(username, "username");
    }
}
