package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.store.testing.TestStore;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdBlocksTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static Jdbi jdbi;

    @BeforeAll
    static void sequence() {
        jdbi = Jdbi.create(db.plazaStore().dataSource());
        jdbi.useHandle(h -> h.execute("CREATE SEQUENCE block_test_seq"));
    }

    @Test
    void idsComeFromTheSequenceABlockAtATimeAndAreNeverGivenTwice() {
        IdBlocks ids = new IdBlocks(10);

        List<Long> first = next(ids, 3);
        long takenAfterFirst = lastValue();
        List<Long> second = next(ids, 3);
        List<Long> many = next(ids, 25);

        assertThat(first).containsExactly(1L, 2L, 3L);
        assertThat(takenAfterFirst).as("one block taken").isEqualTo(10);
        assertThat(second).containsExactly(4L, 5L, 6L);
        assertThat(many).hasSize(25).doesNotContainAnyElementsOf(first).doesNotContainAnyElementsOf(second).isSorted();
        assertThat(many.getFirst()).isEqualTo(7L);
        assertThat(next(ids, 0)).isEmpty();
    }

    @Test
    void aBlockHoldsAtLeastOneId() {
        assertThatThrownBy(() -> new IdBlocks(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Long> next(IdBlocks ids, int count) {
        return jdbi.withHandle(h -> ids.next(h, "block_test_seq", count));
    }

    private static long lastValue() {
        return jdbi.withHandle(h -> h.createQuery("SELECT last_value FROM block_test_seq").mapTo(Long.class).one());
    }
}
