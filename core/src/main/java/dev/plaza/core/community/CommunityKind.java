package dev.plaza.core.community;

/** What sort of place a community is. */
public enum CommunityKind {
    INSTANCE, HASHTAG, FEED, LIST, GROUP, FORUM, WORKSPACE
}
