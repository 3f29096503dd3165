package dev.plaza.core.people;

import static java.util.Objects.requireNonNull;

/** One pair of a bulk merge: {@code mergedId} goes into {@code survivorId}. */
public record MergeRequest(long survivorId, long mergedId, LinkEvidence evidence) {

    public MergeRequest {
        requireNonNull(evidence, "evidence");
    }
}
