package dev.plaza.core.community;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A server the brand blocked: nothing from it is taken in, and nothing is sent to it.
 *
 * @param reason why, public; empty for blocks imported from Mastodon, whose export carries none
 */
public record DomainBlock(String domain, String reason, Instant since) {

    public DomainBlock {
        requireNonNull(domain, "domain");
        requireNonNull(reason, "reason");
        requireNonNull(since, "since");
    }
}
