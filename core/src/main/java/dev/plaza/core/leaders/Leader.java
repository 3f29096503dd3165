package dev.plaza.core.leaders;

import static java.util.Objects.requireNonNull;

/**
 * A person who leads a community's conversation, with the evidence: how many different people replied
 * to them, mentioned them and boosted them there.
 *
 * @param rank 1 for the leader of leaders
 * @param score their PageRank in the community's interaction graph
 */
public record Leader(long personId, String displayName, int rank, double score, int repliers, int mentioners, int boosters) {

    public Leader {
        requireNonNull(displayName, "displayName");
    }
}
