package dev.plaza.core.activity;

/** The Overview's headline numbers for one workspace. */
public record Totals(long people, long identities, long activities, long conversations, long openConversations, long communities) {
}
