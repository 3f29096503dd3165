package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.relationships.Relationship;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.secrets.SecretBox;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.store.testing.EarlierDatabase;
import dev.plaza.store.testing.TestStore;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** V32 counts the posts scored before it into the identity rollups, and scoring them again counts nothing twice. */
class IdentityMonthsMigrationTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    /** The brand's post, Ana's reply to it, her question and the brand's answer 30 minutes later, all scored before V32. */
    private static final String SCORED_BEFORE = """
            INSERT INTO workspace (id, slug, name) VALUES (1, 'fernhill', 'Fernhill');
            INSERT INTO channel (id, workspace_id, platform, handle, kind) VALUES (5, 1, 'fediverse', 'https://plaza.example/users/brand', 'owned');
            INSERT INTO person (id, workspace_id, display_name, first_seen, last_seen) VALUES (1, 1, 'Fernhill', now(), now()),
              (2, 1, 'Ana', now(), now());
            INSERT INTO identity (id, workspace_id, person_id, platform, stable_id, handle, display_name, link_reason, link_confidence) VALUES
              (1, 1, 1, 'fediverse', 'https://plaza.example/users/brand', '@brand@plaza.example', 'Fernhill', 'seen', 1),
              (2, 1, 2, 'fediverse', 'https://social.example/users/ana', '@ana@social.example', 'Ana', 'seen', 1);
            INSERT INTO conversation (id, workspace_id, root_uri, platform, subject, started_at, last_activity_at, activity_count) VALUES
              (1, 1, 'b1', 'fediverse', 'workshop', '2026-01-10T09:00:00Z', '2026-01-10T09:10:00Z', 2),
              (2, 1, 'a1', 'fediverse', 'sundays', '2026-02-03T12:00:00Z', '2026-02-03T12:30:00Z', 2);
            INSERT INTO activity (id, workspace_id, uri, platform, kind, author_identity_id, conversation_id, at, text, in_reply_to_uri) VALUES
              (1, 1, 'b1', 'fediverse', 'post', 1, 1, '2026-01-10T09:00:00Z', 'We open a workshop', NULL),
              (2, 1, 'r1', 'fediverse', 'reply', 2, 1, '2026-01-10T09:10:00Z', 'Lovely', 'b1'),
              (3, 1, 'a1', 'fediverse', 'post', 2, 2, '2026-02-03T12:00:00Z', 'Open on Sundays?', NULL),
              (4, 1, 'b2', 'fediverse', 'reply', 1, 2, '2026-02-03T12:30:00Z', 'Not yet', 'a1');
            INSERT INTO activity_sentiment (activity_id, workspace_id, sentiment, confidence, conversation_id, counted) VALUES
              (1, 1, 1, 0.9, 1, 4), (2, 1, 2, 0.9, 1, 0), (3, 1, 1, 0.9, 2, 0), (4, 1, 1, 0.9, 2, 5);
            INSERT INTO activity_advocacy (activity_id, workspace_id, advocacy, evidence, identity_id) VALUES (2, 1, 2, NULL, 2);
            """;

    private static final PostScorer AS_BEFORE = post -> new PostScore(new SentimentScore(post.text().contains("Lovely")
            ? Sentiment.POSITIVE : Sentiment.NEUTRAL, 0.9),
            post.text().contains("Lovely") ? new AdvocacyReading(Advocacy.REPLY_TO_BRAND, Optional.empty()) : AdvocacyReading.NONE);

    @Test
    void thePostsScoredBeforeAreCountedForEachIdentityAndScoredAgainWithoutCountingTwice() throws SQLException {
        try (EarlierDatabase earlier = new EarlierDatabase(db, "identity_months", "31?", SCORED_BEFORE);
             PlazaStore store = PlazaStore.onJdbcUrl(earlier.url(), "migrated database", new SecretBox(TestStore.SECRET_KEY), List.of())) {
            Relationship ana = new Relationship(1, 1, Optional.of(Duration.ofMinutes(30)), 2, 2);
            PersonScans scans = new PersonScans(store.dataSource());
            assertThat(store.relationships().of(1, 2)).isEqualTo(ana).isEqualTo(scans.relationship(1, 2));
            assertThat(store.relationships().of(1, 1)).isEqualTo(scans.relationship(1, 1));
            assertThat(store.sentiments().ofPerson(1, 2)).isEqualTo(scans.sentiments(1, 2));
            List<String> migrated = months(store);

            Jdbi.create(store.dataSource()).useHandle(h -> h.execute("INSERT INTO scoring_queue (activity_id) SELECT id FROM activity"
                    + " ON CONFLICT DO NOTHING"));
            while (store.scoring().scoreQueued(100, AS_BEFORE) > 0) {
                // until the queue is empty
            }

            assertThat(months(store)).isEqualTo(migrated);
            assertThat(store.relationships().of(1, 2)).isEqualTo(ana);
        }
    }

    private static List<String> months(PlazaStore store) {
        return Jdbi.create(store.dataSource()).withHandle(h -> h.createQuery("""
                        SELECT concat_ws(',', identity_id, month, negative, neutral, positive, recommendations, answers, replies_to_brand,
                                         mentions, replied_to_brand, brand_replied) FROM identity_month
                        UNION ALL SELECT concat_ws(',', identity_id, seconds, replies) FROM identity_response
                        UNION ALL SELECT concat_ws(',', activity_id, counted) FROM activity_sentiment ORDER BY 1""")
                .mapTo(String.class).list());
    }
}
