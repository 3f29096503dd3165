package dev.plaza.core.publishing;

import static java.util.Objects.requireNonNull;

/** Someone a post mentions: their actor URI and the handle the text used ({@code @user@host}). */
public record Mention(String actorUri, String handle) {

    public Mention {
        requireNonNull(actorUri, "actorUri");
        requireNonNull(handle, "handle");
    }
}
