package dev.plaza.core.community;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A server the brand blocked: nothing from it is taken in, and nothing is sent to it. */
public record DomainBlock(String domain, Instant since) {

    public DomainBlock {
        requireNonNull(domain, "domain");
        requireNonNull(since, "since");
    }
}
