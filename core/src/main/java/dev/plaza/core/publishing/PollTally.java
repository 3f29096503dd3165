package dev.plaza.core.publishing;

import java.util.Map;

/** A poll's votes per option and how many people voted (in a multiple-choice poll, fewer than the votes). */
public record PollTally(Map<String, Long> votes, long voters) {

    public PollTally {
        votes = Map.copyOf(votes);
    }

    public long votesFor(String option) {
        return votes.getOrDefault(option, 0L);
    }
}
