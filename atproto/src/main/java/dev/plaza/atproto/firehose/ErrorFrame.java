package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An error frame (op -1 in the event stream spec): the host ends the stream with an error name,
 * such as "FutureCursor" or "ConsumerTooSlow", and perhaps a message.
 */
public record ErrorFrame(String error, Optional<String> message) implements FirehoseMessage {

    public ErrorFrame {
        requireNonNull(error, "error");
        requireNonNull(message, "message");
    }
}
