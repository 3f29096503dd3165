package dev.plaza.core.publishing;

import static java.util.Objects.requireNonNull;

/** The local actor a change is made as: its workspace, its id, and its URI (its identity's stable id). */
public record Author(long workspaceId, long actorId, String actorUri) {

    public Author {
        requireNonNull(actorUri, "actorUri");
    }
}
