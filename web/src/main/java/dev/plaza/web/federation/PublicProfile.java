package dev.plaza.web.federation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What a visitor sees of a local actor: no login needed, nothing private; its latest public posts,
 * and where it moved to, if it did.
 */
public record PublicProfile(String displayName, String handle, String summary, String actorUri, Optional<String> movedTo,
        List<PublicPost> posts) {

    public PublicProfile {
        requireNonNull(movedTo, "movedTo");
        posts = List.copyOf(posts);
    }
}
