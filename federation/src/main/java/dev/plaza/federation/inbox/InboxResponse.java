package dev.plaza.federation.inbox;

import static java.util.Objects.requireNonNull;

/** What the inbox answers: 202 when taken (or knowingly ignored), 4xx saying what was wrong. */
public record InboxResponse(int status, String message) {

    public InboxResponse {
        requireNonNull(message, "message");
    }

    static InboxResponse accepted(String message) {
        return new InboxResponse(202, message);
    }
}
