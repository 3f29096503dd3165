package dev.plaza.core.leaders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.leaders.Interaction.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeaderRankingTest {

    private static final Optional<Long> GARDENS = Optional.of(10L);
    private static final Optional<Long> BIKES = Optional.of(20L);

    @Test
    void eachCommunityHasItsOwnLeadersWithTheirEvidence() {
        // in the gardens, four people turn to person 1; in the bikes, three turn to person 5
        List<Interaction> interactions = List.of(
                new Interaction(2, 1, GARDENS, Kind.REPLY, 3), new Interaction(3, 1, GARDENS, Kind.REPLY, 1),
                new Interaction(4, 1, GARDENS, Kind.MENTION, 2), new Interaction(5, 1, GARDENS, Kind.BOOST, 1),
                new Interaction(1, 2, GARDENS, Kind.REPLY, 1),
                new Interaction(6, 5, BIKES, Kind.REPLY, 1), new Interaction(7, 5, BIKES, Kind.REPLY, 1),
                new Interaction(8, 5, BIKES, Kind.BOOST, 4), new Interaction(5, 6, BIKES, Kind.MENTION, 1));

        var leaders = LeaderRanking.rank(interactions, 3);

        assertThat(leaders.get(GARDENS).getFirst()).satisfies(l -> {
            assertThat(l.personId()).isEqualTo(1);
            assertThat(l.rank()).isEqualTo(1);
            assertThat(l.repliers()).isEqualTo(2);
            assertThat(l.mentioners()).isEqualTo(1);
            assertThat(l.boosters()).isEqualTo(1);
        });
        assertThat(leaders.get(BIKES).getFirst().personId()).isEqualTo(5);
        assertThat(leaders.get(Optional.empty())).hasSize(3).extracting(Leader::rank).containsExactly(1, 2, 3);
        assertThat(leaders.get(GARDENS)).extracting(Leader::personId).doesNotContain(3L, 4L)
                .as("only people someone turned to lead").containsExactly(1L, 2L);
    }
}
