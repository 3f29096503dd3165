package dev.plaza.channels.bluesky;

import static java.util.Objects.requireNonNull;

/** A stream's news that the account {@code did} now goes by {@code handle}. */
public record HeardHandle(String did, String handle) {

    public HeardHandle {
        requireNonNull(did, "did");
        requireNonNull(handle, "handle");
    }
}
