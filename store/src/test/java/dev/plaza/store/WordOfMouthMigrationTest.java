package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.secrets.SecretBox;
import dev.plaza.core.wordofmouth.Echoes;
import dev.plaza.store.testing.EarlierDatabase;
import dev.plaza.store.testing.TestStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** V27 links the echoes of the activities stored before it, as the ingest links them since. */
class WordOfMouthMigrationTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    /** A community stored by an earlier Plaza: ids say the order the activities were stored in. */
    private static final String STORED_BEFORE = """
            INSERT INTO workspace (id, slug, name) VALUES (1, 'fernhill', 'Fernhill');
            INSERT INTO person (id, workspace_id, display_name, first_seen, last_seen)
            SELECT n, 1, 'Person ' || n, now(), now() FROM generate_series(1, 5) n;
            INSERT INTO identity (id, workspace_id, person_id, platform, stable_id, handle, display_name, link_reason, link_confidence)
            SELECT n, 1, n, 'fediverse', 'https://social.example/users/' || n, '@' || n || '@social.example', 'Person ' || n, 'seen', 1
            FROM generate_series(1, 5) n;
            INSERT INTO activity (id, workspace_id, uri, platform, kind, author_identity_id, at, text, in_reply_to_uri, target_uri) VALUES
              (1, 1, 'p1', 'fediverse', 'post',   1, now(), 'You should try Fernhill', NULL, NULL),
              (2, 1, 'r2', 'fediverse', 'repost', 2, now(), '', NULL, 'p1'),
              (3, 1, 'q3', 'fediverse', 'post',   3, now(), 'Seconded', NULL, 'p1'),
              (4, 1, 'p4', 'fediverse', 'reply',  4, now(), 'Look at this', 'p1', 'p1'),
              (5, 1, 'l5', 'fediverse', 'like',   5, now(), '', NULL, 'p1'),
              (6, 1, 'r6', 'fediverse', 'repost', 2, now(), '', NULL, 'p7'),
              (7, 1, 'p7', 'fediverse', 'post',   3, now(), 'Stored after its repost', NULL, NULL),
              (8, 1, 'p8', 'fediverse', 'reply',  5, now(), 'Where?', 'p4', NULL);
            """;

    @Test
    void theEchoesStoredBeforeAreLinkedAsTheIngestWouldHave() throws SQLException {
        // the version before V27, where there is one: "?" lets it be missing
        try (EarlierDatabase earlier = new EarlierDatabase(db, "wom_backfill", "26?", STORED_BEFORE);
             PlazaStore store = PlazaStore.onJdbcUrl(earlier.url(), "backfilled database", new SecretBox(TestStore.SECRET_KEY),
                     List.of())) {
            assertThat(edges(earlier.url())).as("no like, no echo of a source stored after it; a reply quoting its parent is a quote")
                    .containsExactly("1<-2 0", "1<-3 1", "1<-4 1", "4<-8 2");
            assertThat(store.wordOfMouth().of(1, List.of(1L))).hasEntrySatisfying(1L, c -> {
                assertThat(c.direct()).isEqualTo(new Echoes(1, 2, 0));
                assertThat(c.all()).isEqualTo(new Echoes(1, 2, 1));
                assertThat(c.peopleReached()).isEqualTo(4);
                assertThat(c.depth()).isEqualTo(2);
            });
        }
    }

    /** What V27 and the scoring worker had written by V30: the edges, Ana's post and Cy's quote scored as recommendations. */
    private static final String SCORED_BEFORE = STORED_BEFORE + """
            INSERT INTO activity_echo (source_id, activity_id, kind) VALUES (1, 2, 0), (1, 3, 1), (1, 4, 1), (4, 8, 2);
            INSERT INTO activity_advocacy (activity_id, workspace_id, advocacy, evidence, identity_id) VALUES
              (1, 1, 0, 'try', 1), (3, 1, 0, 'try', 3), (4, 1, 3, NULL, 4);
            UPDATE activity SET deleted_at = now(), text = '' WHERE id = 2;
            """;

    @Test
    void theCascadesStoredBeforeAreKeptAsTheWalkCountsThem() throws SQLException {
        // the version before V31, where there is one
        try (EarlierDatabase earlier = new EarlierDatabase(db, "wom_kept_backfill", "30?", SCORED_BEFORE);
             PlazaStore store = PlazaStore.onJdbcUrl(earlier.url(), "backfilled database", new SecretBox(TestStore.SECRET_KEY),
                     List.of())) {
            java.time.Instant now = java.time.Instant.now();
            store.wordOfMouth().keep(1, 1, now.plus(java.time.Duration.ofDays(1)));

            assertThat(store.wordOfMouth().keptYear(1)).hasValueSatisfying(kept -> assertThat(kept.totals())
                    .as("two recommendations; the quote and the reply and its reply, Bo's deleted repost not").isEqualTo(store.wordOfMouth()
                            .totals(1, kept.first().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), now.plusSeconds(86_400)))
                    .isEqualTo(new dev.plaza.core.wordofmouth.WordOfMouthTotals(2, 3, 3)));
        }
    }

    private static List<String> edges(String url) throws SQLException {
        List<String> edges = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
             var rs = c.createStatement().executeQuery("SELECT * FROM activity_echo ORDER BY source_id, activity_id")) {
            while (rs.next()) {
                edges.add(rs.getLong("source_id") + "<-" + rs.getLong("activity_id") + " " + rs.getInt("kind"));
            }
        }
        return edges;
    }
}
