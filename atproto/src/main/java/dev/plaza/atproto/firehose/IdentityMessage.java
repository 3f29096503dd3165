package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.syntax.Datetime;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import java.util.Optional;

/**
 * subscribeRepos#identity: the account's DID document or handle may have changed, so cached identity
 * should be resolved again; the handle, when given, is the host's view of it at the time.
 */
public record IdentityMessage(long seq, Did did, Datetime time, Optional<Handle> handle) implements FirehoseMessage {

    public IdentityMessage {
        requireNonNull(did, "did");
        requireNonNull(time, "time");
        requireNonNull(handle, "handle");
    }
}
