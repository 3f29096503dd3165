package dev.plaza.core.people;

import static java.util.Objects.requireNonNull;

/** Why an identity is believed to belong to its person, and how sure Plaza is. */
public record LinkEvidence(String reason, double confidence) {

    /** A new identity is its own person: certain, because nothing was inferred. */
    public static final LinkEvidence FIRST_SEEN = new LinkEvidence("first seen", 1.0);

    public LinkEvidence {
        requireNonNull(reason, "reason");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1], got " + confidence);
        }
    }
}
