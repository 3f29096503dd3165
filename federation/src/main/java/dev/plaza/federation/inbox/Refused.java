package dev.plaza.federation.inbox;

import dev.plaza.federation.FederationException;

/** An inbound activity was refused; {@code status} is what the inbox answers the sender. */
final class Refused extends FederationException {

    private final int status;

    Refused(int status, String message) {
        super(message);
        this.status = status;
    }

    Refused(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    int status() {
        return status;
    }

    static Refused badRequest(String message) {
        return new Refused(400, message);
    }

    static Refused unauthorized(String message) {
        return new Refused(401, message);
    }

    static Refused forbidden(String message) {
        return new Refused(403, message);
    }
}
