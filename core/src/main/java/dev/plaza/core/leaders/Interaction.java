package dev.plaza.core.leaders;

import java.util.Optional;

/**
 * How often one person turned to another in a community: replied to them, mentioned them or boosted
 * (reposted) them. The brand's own accounts are not in the graph: the community's leaders are its people.
 */
public record Interaction(long fromPerson, long toPerson, Optional<Long> communityId, Kind kind, long count) {

    public enum Kind { REPLY, MENTION, BOOST }
}
