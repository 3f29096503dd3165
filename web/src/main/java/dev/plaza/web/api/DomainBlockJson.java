package dev.plaza.web.api;

import dev.plaza.core.community.DomainBlock;
import java.time.Instant;

/** A server the workspace blocks, with its subdomains. */
record DomainBlockJson(String domain, String reason, Instant since) {

    static DomainBlockJson of(DomainBlock b) {
        return new DomainBlockJson(b.domain(), b.reason(), b.since());
    }
}
