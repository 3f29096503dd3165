package dev.plaza.core.leaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.plaza.core.leaders.PageRank.Edge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRankTest {

    @Test
    void thePersonEveryoneTurnsToLeads() {
        List<Edge> edges = new ArrayList<>();
        for (long person = 2; person <= 6; person++) {
            edges.add(new Edge(person, 1, 1));
        }
        edges.add(new Edge(1, 2, 1));

        Map<Long, Double> ranks = PageRank.rank(edges);

        assertThat(ranks.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
        assertThat(ranks.get(1L)).isGreaterThan(ranks.get(2L));
        assertThat(ranks.get(2L)).as("the one the leader answers").isGreaterThan(ranks.get(3L));
        assertThat(ranks.get(3L)).isCloseTo(ranks.get(6L), within(1e-12));
    }

    @Test
    void aSymmetricPairRanksTheSameAndWeightsCount() {
        Map<Long, Double> pair = PageRank.rank(List.of(new Edge(1, 2, 3), new Edge(2, 1, 3)));
        assertThat(pair.get(1L)).isCloseTo(0.5, within(1e-9)).isCloseTo(pair.get(2L), within(1e-12));

        Map<Long, Double> weighted = PageRank.rank(List.of(new Edge(1, 2, 1), new Edge(1, 3, 9), new Edge(2, 1, 1),
                new Edge(3, 1, 1)));
        assertThat(weighted.get(3L)).as("nine replies weigh more than one").isGreaterThan(weighted.get(2L));
    }

    @Test
    void theTextbookThreePageGraph() {
        // A → B, A → C, B → C, C → A: PageRank with d = 0.85 gives A 0.3878, B 0.2148, C 0.3974
        Map<Long, Double> ranks = PageRank.rank(List.of(new Edge(1, 2, 1), new Edge(1, 3, 1), new Edge(2, 3, 1), new Edge(3, 1, 1)));

        assertThat(ranks.get(1L)).isCloseTo(0.3878, within(1e-4));
        assertThat(ranks.get(2L)).isCloseTo(0.2148, within(1e-4));
        assertThat(ranks.get(3L)).isCloseTo(0.3974, within(1e-4));
    }

    @Test
    void noEdgesNoRanksAndNoZeroWeights() {
        assertThat(PageRank.rank(List.of())).isEmpty();
        assertThatThrownBy(() -> new Edge(1, 2, 0)).hasMessageContaining("positive");
    }
}
