package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** subscribeRepos#info: a notice about the stream itself, such as "OutdatedCursor". */
public record InfoMessage(String name, Optional<String> message) implements FirehoseMessage {

    public static final String OUTDATED_CURSOR = "OutdatedCursor";

    public InfoMessage {
        requireNonNull(name, "name");
        requireNonNull(message, "message");
    }
}
