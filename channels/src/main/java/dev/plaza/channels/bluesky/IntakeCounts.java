package dev.plaza.channels.bluesky;

/**
 * What a stream intake has seen since it started: records heard (of every collection), records kept
 * because they belong to the community, and commits or records that could not be read.
 */
public record IntakeCounts(long records, long matched, long unreadable) {
}
