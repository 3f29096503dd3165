package dev.plaza.web.federation;

import java.util.List;
import java.util.Optional;

/**
 * A post as a visitor sees it on the public pages. {@code html} went through the sanitizer;
 * {@code poll} lists each option with its votes.
 */
public record PublicPost(String uri, String html, Optional<String> contentWarning, String published,
        Optional<String> inReplyTo, List<String> poll, boolean deleted) {

    public PublicPost {
        poll = List.copyOf(poll);
    }
}
