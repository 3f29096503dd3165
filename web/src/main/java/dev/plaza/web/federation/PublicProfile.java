package dev.plaza.web.federation;

/** What a visitor sees of a local actor: no login needed, nothing private. */
public record PublicProfile(String displayName, String handle, String summary, String actorUri) {
}
