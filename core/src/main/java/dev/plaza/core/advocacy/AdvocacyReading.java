package dev.plaza.core.advocacy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a post does for the brand, and the evidence for it: the words that recommend ("you should
 * try"), or the brand's name as the post wrote it.
 */
public record AdvocacyReading(Advocacy advocacy, Optional<String> evidence) {

    public static final AdvocacyReading NONE = new AdvocacyReading(Advocacy.NONE, Optional.empty());

    public AdvocacyReading {
        requireNonNull(advocacy, "advocacy");
        requireNonNull(evidence, "evidence");
    }
}
