package dev.plaza.web.api;

import dev.plaza.core.people.PersonMerge;
import java.time.Instant;
import java.util.List;

/** An audited merge of one person into another; undoing it restores the merged person. */
record MergeJson(
        long id,
        long survivorId,
        long mergedId,
        String mergedDisplayName,
        List<Long> movedIdentityIds,
        IdentityJson.LinkJson evidence,
        Long byMemberId,
        Instant mergedAt,
        Instant undoneAt) {

    static MergeJson of(PersonMerge m) {
        return new MergeJson(m.id(), m.survivorId(), m.mergedId(), m.mergedDisplayName(), m.movedIdentityIds(),
                IdentityJson.LinkJson.of(m.evidence()), m.byMemberId().orElse(null), m.mergedAt(),
                m.undoneAt().orElse(null));
    }
}
