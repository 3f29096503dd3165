package dev.plaza.core.people;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An audited merge of one person into another. It records which identities moved so that it can be
 * undone exactly.
 */
public record PersonMerge(
        long id,
        long workspaceId,
        long survivorId,
        long mergedId,
        String mergedDisplayName,
        List<Long> movedIdentityIds,
        LinkEvidence evidence,
        Optional<Long> byMemberId,
        Instant mergedAt,
        Optional<Instant> undoneAt) {

    public PersonMerge {
        requireNonNull(mergedDisplayName, "mergedDisplayName");
        movedIdentityIds = List.copyOf(movedIdentityIds);
        requireNonNull(evidence, "evidence");
        requireNonNull(byMemberId, "byMemberId");
        requireNonNull(mergedAt, "mergedAt");
        requireNonNull(undoneAt, "undoneAt");
    }

    public boolean undone() {
        return undoneAt.isPresent();
    }
}
