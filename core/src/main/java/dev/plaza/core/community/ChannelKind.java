package dev.plaza.core.community;

/** How the brand relates to a channel. */
public enum ChannelKind {
    /** The brand's own account (its fediverse identity, its Bluesky account). */
    OWNED,
    /** A team member's personal account, used with disclosure. */
    PERSONAL,
    /** A source the brand only listens to (a hashtag, a feed, a forum). */
    LISTENING
}
