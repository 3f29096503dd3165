package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A Mention ({@code name} "@user@host", {@code href} the actor), a Hashtag ("#tag") or a custom
 * Emoji (":blob:", {@code icon} the image). Other tag types are skipped when parsing.
 */
public record Tag(Kind kind, String name, Optional<String> href, Optional<String> icon) {

    /** The tag types Plaza reads. */
    public enum Kind { MENTION, HASHTAG, EMOJI }

    public Tag {
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
        requireNonNull(href, "href");
        requireNonNull(icon, "icon");
    }
}
