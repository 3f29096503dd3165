package dev.plaza.web.api;

import dev.plaza.core.people.Identity;
import dev.plaza.core.people.LinkEvidence;

/** One account on one platform, and why Plaza links it to its person. */
record IdentityJson(
        long id,
        long personId,
        String platform,
        String stableId,
        String handle,
        String displayName,
        String profileUrl,
        LinkJson link) {

    static IdentityJson of(Identity i) {
        return new IdentityJson(i.id(), i.personId(), i.platform().key(), i.stableId(), i.handle(),
                i.displayName(), i.profileUrl().orElse(null), LinkJson.of(i.link()));
    }

    /** The evidence of a link (or a merge): a reason and a confidence in [0, 1]. */
    record LinkJson(String reason, double confidence) {

        static LinkJson of(LinkEvidence evidence) {
            return new LinkJson(evidence.reason(), evidence.confidence());
        }
    }
}
