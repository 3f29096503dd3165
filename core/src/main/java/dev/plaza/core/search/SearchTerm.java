package dev.plaza.core.search;

import static java.util.Objects.requireNonNull;

/** One part of a search: a word, a quoted phrase, a #hashtag or an @handle, to find or to exclude. */
public record SearchTerm(Kind kind, String text, boolean excluded) {

    public enum Kind { WORD, PHRASE, HASHTAG, HANDLE }

    public SearchTerm {
        requireNonNull(kind, "kind");
        requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a search term needs text");
        }
    }
}
