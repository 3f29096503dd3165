package dev.plaza.core.ingest;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.people.LinkEvidence;

/** Identities of one batch that share a hint key belong to one person, for the reason given. */
public record PersonHint(String key, LinkEvidence evidence) {

    public PersonHint {
        requireNonNull(key, "key");
        requireNonNull(evidence, "evidence");
    }
}
