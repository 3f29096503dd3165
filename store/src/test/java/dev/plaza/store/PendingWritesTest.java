package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.store.testing.TestStore;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PendingWritesTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static Jdbi jdbi;

    @BeforeAll
    static void table() {
        jdbi = Jdbi.create(db.plazaStore().dataSource()).installPlugin(new PostgresPlugin());
        jdbi.useHandle(h -> h.execute("CREATE TABLE pending_note (id bigint PRIMARY KEY, body text NOT NULL, edits int NOT NULL DEFAULT 0)"));
    }

    @Test
    void statementsRunInTheirOrderEachSeeingTheOnesBeforeAndTheirOwnParameters() {
        PendingWrites writes = new PendingWrites();
        writes.add("INSERT INTO pending_note (id, body) SELECT i, b FROM unnest(:ids::bigint[], :bodies::text[]) AS u(i, b)",
                Map.of("ids", new Long[] {1L, 2L}, "bodies", new String[] {"first", "second"}));
        writes.add("UPDATE pending_note SET body = body || :suffix, edits = edits + 1 WHERE id = ANY(:ids)",
                Map.of("suffix", " (edited)", "ids", new Long[] {2L}));
        writes.add("UPDATE pending_note SET edits = edits + 1 WHERE id = ANY(:ids)", Map.of("ids", new Long[] {1L, 2L}));
        assertThat(writes.isEmpty()).isFalse();

        jdbi.useTransaction(h -> writes.flush(h));

        assertThat(writes.isEmpty()).as("a flush forgets what it ran").isTrue();
        assertThat(notes("id IN (1, 2)")).containsExactly("1:first:1", "2:second (edited):2");
    }

    @Test
    void aStatementJoinedByHashIsPlannedWithoutNestedLoopsAndTheNextOneWithThem() {
        PendingWrites writes = new PendingWrites();
        writes.addJoinedByHash("INSERT INTO pending_note (id, body) VALUES (:id, current_setting('enable_nestloop'))",
                Map.of("id", 20L));
        writes.add("INSERT INTO pending_note (id, body) VALUES (:id, current_setting('enable_nestloop'))", Map.of("id", 21L));

        jdbi.useTransaction(h -> writes.flush(h));

        assertThat(notes("id IN (20, 21)")).containsExactly("20:off:0", "21:on:0");
    }

    @Test
    void aFailingStatementFailsTheFlushAndTheTransactionKeepsNothingOfIt() {
        PendingWrites writes = new PendingWrites();
        writes.add("INSERT INTO pending_note (id, body) VALUES (:id, :body)", Map.of("id", 10L, "body", "kept?"));
        writes.add("INSERT INTO pending_note (id, body) VALUES (:id, :body)", Map.of("id", 10L, "body", "the same id"));

        assertThatThrownBy(() -> jdbi.useTransaction(h -> writes.flush(h))).hasMessageContaining("pending_note_pkey");

        assertThat(notes("id = 10")).isEmpty();
        assertThat(writes.isEmpty()).isTrue();
    }

    @Test
    void aParameterWithoutAValueIsRefusedByName() {
        PendingWrites writes = new PendingWrites();

        assertThatThrownBy(() -> writes.add("UPDATE pending_note SET body = :body WHERE id = :id", Map.of("id", 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":body");
        assertThat(writes.isEmpty()).isTrue();
    }

    @Test
    void nothingAddedSendsNothing() {
        jdbi.useHandle(h -> new PendingWrites().flush(h));

        assertThat(notes("id > 100")).isEmpty();
    }

    private static List<String> notes(String where) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id || ':' || body || ':' || edits FROM pending_note WHERE " + where
                + " ORDER BY id").mapTo(String.class).list());
    }

}
