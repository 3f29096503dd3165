package dev.plaza.web.federation;

import java.util.List;

/** What a visitor sees of a local actor: no login needed, nothing private; its latest public posts. */
public record PublicProfile(String displayName, String handle, String summary, String actorUri, List<PublicPost> posts) {

    public PublicProfile {
        posts = List.copyOf(posts);
    }
}
