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
