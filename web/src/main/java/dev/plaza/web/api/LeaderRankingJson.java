package dev.plaza.web.api;

import java.time.Instant;
import java.util.List;

/** The stored ranking of a community's leaders (or the whole workspace's, without a community), best first. */
record LeaderRankingJson(Long communityId, Instant rankedAt, List<LeaderJson> items) {
}
