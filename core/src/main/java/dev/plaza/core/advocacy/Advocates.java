package dev.plaza.core.advocacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The brand's advocates and what they said, as the {@link dev.plaza.core.scoring.ScoringQueue} read it. */
public interface Advocates {

    /** Posts per day, platform and kind (mentions, replies to the brand and advocacy), from {@code from} to {@code to}. */
    List<AdvocacyDay> daily(long workspaceId, LocalDate from, LocalDate to);

    /** The people who recommended the brand or answered with it most, the most recent first among equals. */
    List<Advocate> top(long workspaceId, int limit);

    /** A person's recommendations and answers, across their identities, if they have any. */
    java.util.Optional<Advocate> ofPerson(long workspaceId, long personId);

    /** The newest recommendations and answers with the brand, newest first. */
    List<AdvocacyPost> recent(long workspaceId, int limit);

    /** The readings of those of {@code activityIds} that name or answer the brand. */
    Map<Long, AdvocacyReading> of(long workspaceId, Collection<Long> activityIds);
}
