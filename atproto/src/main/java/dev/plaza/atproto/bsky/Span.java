package dev.plaza.atproto.bsky;

/** What a finder found in a post's text: chars [start, end) of the Java string, and the value they stand for. */
record Span(int start, int end, String value) {
}
