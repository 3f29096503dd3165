package dev.plaza.core.leaders;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people who lead each community's conversation, ranked periodically from the interaction graph. */
public interface Leaders {

    /** Every person-to-person interaction of a workspace, counted by community and kind. */
    List<Interaction> interactions(long workspaceId);

    /** Replaces all of a workspace's leaders with {@code leaders}, by community (empty: the whole workspace), at once. */
    void replaceAll(long workspaceId, Map<Optional<Long>, List<Leader>> leaders, Instant rankedAt);

    /** The leaders of a community (or the whole workspace), best first; names as the people are called now. */
    List<Leader> of(long workspaceId, Optional<Long> communityId, int limit);

    /** When the workspace's leaders were last ranked; empty until a ranking found someone to rank. */
    Optional<Instant> rankedAt(long workspaceId);
}
