package dev.plaza.core.publishing;

/** What a post drew from others: replies, likes and boosts that are still standing. */
public record Engagement(long replies, long likes, long boosts) {

    public static final Engagement NONE = new Engagement(0, 0, 0);
}
