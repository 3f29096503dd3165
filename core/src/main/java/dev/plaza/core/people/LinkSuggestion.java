package dev.plaza.core.people;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * Two identities that may belong to the same person, on evidence too weak to merge them without a
 * member's word. Each pair is suggested once: a dismissed suggestion stays dismissed.
 */
public record LinkSuggestion(
        long id,
        long workspaceId,
        Identity left,
        Identity right,
        List<String> evidence,
        double confidence,
        SuggestionState state,
        Instant suggestedAt) {

    public LinkSuggestion {
        requireNonNull(left, "left");
        requireNonNull(right, "right");
        evidence = List.copyOf(evidence);
        requireNonNull(state, "state");
        requireNonNull(suggestedAt, "suggestedAt");
    }
}
