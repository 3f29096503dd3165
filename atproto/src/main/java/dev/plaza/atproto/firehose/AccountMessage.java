package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import java.util.Optional;

/**
 * subscribeRepos#account: the account's hosting status changed. When {@code active} is false,
 * {@code status} may say why ("deactivated", "takendown", "suspended", "deleted", …; the lexicon's
 * list is open).
 */
public record AccountMessage(long seq, Did did, Datetime time, boolean active, Optional<String> status)
        implements FirehoseMessage {

    public AccountMessage {
        requireNonNull(did, "did");
        requireNonNull(time, "time");
        requireNonNull(status, "status");
    }
}
