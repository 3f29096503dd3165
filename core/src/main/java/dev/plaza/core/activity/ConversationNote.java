package dev.plaza.core.activity;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A team member's note on a conversation: for the team only, never sent anywhere. */
public record ConversationNote(long id, long conversationId, long authorId, String authorName, String text, Instant at) {

    public static final int MAX_TEXT = 5000;

    public ConversationNote {
        requireNonNull(authorName, "authorName");
        requireNonNull(at, "at");
        text = checked(text);
    }

    /** The note's text, trimmed, if it is one: not blank and at most {@link #MAX_TEXT} characters. */
    public static String checked(String text) {
        String trimmed = requireNonNull(text, "text").strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a note needs some text");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_TEXT) {
            throw new IllegalArgumentException("a note is %d characters; the limit is %d"
                    .formatted(trimmed.codePointCount(0, trimmed.length()), MAX_TEXT));
        }
        return trimmed;
    }
}
