package dev.plaza.net;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.PlazaException;

/** An outbound request was refused by the guard or did not complete; {@link #reason()} says which. */
public final class OutboundRequestException extends PlazaException {

    public enum Reason {
        /** Not http(s), no host, or a redirect Location that is not a URI. */
        BAD_URL,
        /** The host does not resolve. */
        UNRESOLVABLE,
        /** The host resolves to a loopback, private, link-local or otherwise internal address. */
        FORBIDDEN_ADDRESS,
        TOO_MANY_REDIRECTS,
        /** The response body is larger than the limit. */
        TOO_LARGE,
        TIMEOUT,
        /** Connection refused, reset, TLS failure… */
        NETWORK
    }

    private final Reason reason;

    public OutboundRequestException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
    }

    public OutboundRequestException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
