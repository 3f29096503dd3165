package dev.plaza.web.federation;

/** A single post's public page: whose it is and the post. */
public record PublicPostPage(String displayName, String handle, String profileUrl, PublicPost post) {
}
