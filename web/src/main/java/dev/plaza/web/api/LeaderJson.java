package dev.plaza.web.api;

import dev.plaza.core.leaders.Leader;

/** A person who leads the conversation, with the evidence: how many different people replied to, mentioned and boosted them. */
record LeaderJson(int rank, long personId, String displayName, double score, int repliers, int mentioners, int boosters) {

    static LeaderJson of(Leader l) {
        return new LeaderJson(l.rank(), l.personId(), l.displayName(), Json.single(l.score()), l.repliers(), l.mentioners(),
                l.boosters());
    }
}
