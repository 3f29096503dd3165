package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.advocacy.AdvocacyReading;
import dev.plaza.core.community.Platform;
import dev.plaza.core.measures.MeasureDay;
import dev.plaza.core.measures.Scope;
import dev.plaza.core.scoring.PostScore;
import dev.plaza.core.scoring.PostScorer;
import dev.plaza.core.secrets.SecretBox;
import dev.plaza.core.sentiment.Sentiment;
import dev.plaza.core.sentiment.SentimentScore;
import dev.plaza.store.testing.EarlierDatabase;
import dev.plaza.store.testing.TestStore;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** V26 carries the posts scored before it into the dashboards' measures, and scoring them again counts nothing twice. */
class MeasuresMigrationTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final LocalDate DAY = LocalDate.of(2026, 5, 2);

    /** Three posts an earlier Plaza scored: two in a community through a channel, one elsewhere; one recommends the brand. */
    private static final String SCORED_BEFORE = """
            INSERT INTO workspace (id, slug, name) VALUES (1, 'fernhill', 'Fernhill');
            INSERT INTO channel (id, workspace_id, platform, handle, kind) VALUES (5, 1, 'fediverse', '#bikes', 'listening');
            INSERT INTO community (id, workspace_id, platform, kind, name) VALUES (7, 1, 'fediverse', 'instance', 'social.example');
            INSERT INTO person (id, workspace_id, display_name, first_seen, last_seen)
            SELECT n, 1, 'Person ' || n, now(), now() FROM generate_series(1, 3) n;
            INSERT INTO identity (id, workspace_id, person_id, platform, stable_id, handle, display_name, link_reason, link_confidence)
            SELECT n, 1, n, 'fediverse', 'https://social.example/users/' || n, '@' || n || '@social.example', 'Person ' || n, 'seen', 1
            FROM generate_series(1, 3) n;
            INSERT INTO activity (id, workspace_id, uri, platform, kind, author_identity_id, community_id, channel_id, at, text) VALUES
              (1, 1, 'p1', 'fediverse', 'post', 1, 7, 5, '2026-05-02T09:00:00Z', 'You should try Fernhill'),
              (2, 1, 'p2', 'fediverse', 'post', 2, 7, 5, '2026-05-02T10:00:00Z', 'My bike is broken'),
              (3, 1, 'p3', 'bluesky', 'post', 3, NULL, NULL, '2026-05-02T11:00:00Z', 'A quiet day');
            INSERT INTO activity_sentiment (activity_id, workspace_id, sentiment, confidence) VALUES
              (1, 1, 2, 0.9), (2, 1, 0, 0.8), (3, 1, 1, 0.7);
            INSERT INTO activity_advocacy (activity_id, workspace_id, advocacy, evidence, identity_id) VALUES (1, 1, 0, 'you should try', 1);
            INSERT INTO advocate (identity_id, workspace_id, recommendations, answers, last_at) VALUES (1, 1, 1, 0, '2026-05-02T09:00:00Z');
            """;

    /** Reads the posts as the earlier Plaza did. */
    private static final PostScorer AS_BEFORE = post -> new PostScore(new SentimentScore(post.text().contains("try") ? Sentiment.POSITIVE
            : post.text().contains("broken") ? Sentiment.NEGATIVE : Sentiment.NEUTRAL, 0.9),
            post.text().contains("try") ? new AdvocacyReading(Advocacy.RECOMMENDATION, Optional.of("you should try")) : AdvocacyReading.NONE);

    @Test
    void theScoredPostsAreCountedInEveryScopeAndScoredAgainWithoutCountingTwice() throws SQLException {
        try (EarlierDatabase earlier = new EarlierDatabase(db, "measures_backfill", "25", SCORED_BEFORE);
             PlazaStore store = PlazaStore.onJdbcUrl(earlier.url(), "migrated database", new SecretBox(TestStore.SECRET_KEY), List.of())) {
            MeasureDay all = new MeasureDay(DAY, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0);
            assertThat(store.measures().daily(1, Scope.ALL, DAY, DAY)).containsExactly(all);
            assertThat(store.measures().daily(1, new Scope.OfCommunity(7), DAY, DAY))
                    .containsExactly(new MeasureDay(DAY, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0));
            assertThat(store.measures().daily(1, new Scope.OfChannel(5), DAY, DAY))
                    .containsExactly(new MeasureDay(DAY, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0));
            assertThat(store.measures().daily(1, new Scope.OfPlatform(Platform.BLUESKY), DAY, DAY))
                    .containsExactly(new MeasureDay(DAY, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0));
            assertThat(store.scoring().queued()).as("the scored posts, to be scored again").isEqualTo(3);

            while (store.scoring().scoreQueued(100, AS_BEFORE) > 0) {
                // until the queue is empty
            }

            assertThat(store.measures().daily(1, Scope.ALL, DAY, DAY)).containsExactly(all);
            assertThat(store.advocates().top(1, 5)).singleElement().satisfies(a -> assertThat(a.recommendations()).isEqualTo(1));
        }
    }
}
