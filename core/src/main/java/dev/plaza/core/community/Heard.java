package dev.plaza.core.community;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A post or reaction as a listener heard it, reduced to what decides whether it belongs to the
 * community: its words, its hashtags (without '#'), its declared language, and the accounts it
 * points at (by stable id: a DID, an actor URI).
 */
public record Heard(String text, List<String> hashtags, Optional<String> language, List<Reference> references) {

    /** How a post points at an account. */
    public enum Pointing { MENTION, REPLY, QUOTE, LIKE, REPOST, FOLLOW }

    public record Reference(Pointing pointing, String account) {
        public Reference {
            requireNonNull(pointing, "pointing");
            requireNonNull(account, "account");
        }
    }

    public Heard {
        requireNonNull(text, "text");
        hashtags = List.copyOf(hashtags);
        requireNonNull(language, "language");
        references = List.copyOf(references);
    }
}
