package dev.plaza.federation.peer;

import static java.util.Objects.requireNonNull;

/** What an inbox answered one POST from alice. */
public record InboxAnswer(int status, String body) {

    public InboxAnswer {
        requireNonNull(body, "body");
    }
}
