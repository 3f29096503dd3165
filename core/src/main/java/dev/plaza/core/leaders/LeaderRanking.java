package dev.plaza.core.leaders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks the leaders of the whole workspace and of each community from their interactions: PageRank
 * over who turned to whom (weighted by how often), with the number of different people who replied to,
 * mentioned and boosted each leader as the evidence shown beside the rank.
 */
public final class LeaderRanking {

    private LeaderRanking() {
    }

    /** By community (empty: the whole workspace), the top {@code limit} people; names are filled in by the store. */
    public static Map<Optional<Long>, List<Leader>> rank(List<Interaction> interactions, int limit) {
        Map<Optional<Long>, List<Interaction>> byScope = new HashMap<>();
        for (Interaction i : interactions) {
            byScope.computeIfAbsent(Optional.empty(), k -> new ArrayList<>()).add(i);
            i.communityId().ifPresent(c -> byScope.computeIfAbsent(Optional.of(c), k -> new ArrayList<>()).add(i));
        }
        Map<Optional<Long>, List<Leader>> leaders = new HashMap<>();
        byScope.forEach((scope, scoped) -> leaders.put(scope, top(scoped, limit)));
        return leaders;
    }

    private static List<Leader> top(List<Interaction> interactions, int limit) {
        Map<Long, Double> scores = PageRank.rank(interactions.stream()
                .map(i -> new PageRank.Edge(i.fromPerson(), i.toPerson(), i.count())).toList());
        Map<Long, Map<Interaction.Kind, Set<Long>>> turnedTo = new HashMap<>();
        for (Interaction i : interactions) {
            turnedTo.computeIfAbsent(i.toPerson(), p -> new HashMap<>()).computeIfAbsent(i.kind(), k -> new HashSet<>())
                    .add(i.fromPerson());
        }
        List<Long> ranked = scores.keySet().stream().filter(turnedTo::containsKey)
                .sorted(Comparator.comparingDouble((Long p) -> -scores.get(p)).thenComparingLong(p -> p)).limit(limit).toList();
        List<Leader> leaders = new ArrayList<>();
        for (int r = 0; r < ranked.size(); r++) {
            long person = ranked.get(r);
            Map<Interaction.Kind, Set<Long>> by = turnedTo.get(person);
            leaders.add(new Leader(person, "", r + 1, scores.get(person), count(by, Interaction.Kind.REPLY),
                    count(by, Interaction.Kind.MENTION), count(by, Interaction.Kind.BOOST)));
        }
        return leaders;
    }

    private static int count(Map<Interaction.Kind, Set<Long>> by, Interaction.Kind kind) {
        return by.getOrDefault(kind, Set.of()).size();
    }
}
