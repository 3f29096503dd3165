package dev.plaza.channels.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.Store;
import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Goal;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.Platform;
import dev.plaza.core.feeds.FeedSource;
import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.store.testing.TestStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Feeds polled end to end into the real store: fetched, matched against the goal, stored once with the feed's state. */
class FeedIntakeTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant NOW = Instant.parse("2026-11-05T12:00:00Z");
    private static final String SEED_SWAP = "https://garden.example/2026/11/seed-swap";
    private static final AtomicReference<String> etag = new AtomicReference<>("\"v1\"");

    private static FeedServer server;

    @BeforeAll
    static void start() {
        server = new FeedServer(Map.of("/feed.xml", exchange -> FeedServer.answer(exchange, 200,
                Map.of("Content-Type", "application/rss+xml", "ETag", etag.get()), FeedParserTest.fixture("blog-rss2.xml"))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String feedUrl() {
        return server.url("/feed.xml");
    }

    private static FeedIntake intake(Store store, long workspaceId) {
        FeedReader reader = new FeedReader(() -> GoalMatcher.of(store.goals().of(workspaceId),
                BrandSites.of(store.channels().list(workspaceId))));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new FeedIntake(store.feedSources(), store.streams(), ListeningCores.unlimited(), new FeedFetcher(server.http(), PollSchedule.DEFAULT, clock), reader,
                clock);
    }

    @Test
    void itemsAboutTheGoalAreStoredOnceAcrossTwoPollsAndOthersPassedOver() {
        Store store = db.store();
        long w = db.newWorkspace().id();
        store.goals().save(new Goal(w, "", List.of("seeds"), List.of(), List.of(), List.of()));
        Channel channel = store.channels().add(w, Platform.RSS, feedUrl(), ChannelKind.LISTENING, Optional.empty());
        FeedIntake intake = intake(store, w);

        FeedSource first = intake.poll(intake.source(w, channel.id(), feedUrl()));
        etag.set("\"v2\"");
        intake.poll(intake.source(w, channel.id(), feedUrl()));

        assertThat(store.activities().totals(w).activities()).isEqualTo(1);
        Activity swap = store.activities().findByUri(w, SEED_SWAP).orElseThrow();
        assertThat(swap.platform()).isEqualTo(Platform.RSS);
        assertThat(swap.kind()).isEqualTo(ActivityKind.POST);
        assertThat(swap.channelId()).contains(channel.id());
        assertThat(swap.at()).isEqualTo(Instant.parse("2026-11-03T07:30:00Z"));
        assertThat(swap.text()).startsWith("Seed swap this Saturday\n\nBring seeds & cuttings.");
        assertThat(store.activities().findByUri(w, "https://garden.example/2026/10/note")).isEmpty();

        FeedSource state = store.feedSources().find(w, channel.id()).orElseThrow();
        assertThat(state.etag()).contains("\"v2\"");
        assertThat(state.lastPolled()).contains(NOW);
        assertThat(state.nextPoll()).as("the feed's ttl of 120 minutes").isEqualTo(NOW.plusSeconds(120 * 60));
        assertThat(state.lastError()).isEmpty();
        assertThat(first.itemsSeen()).isEqualTo(2);
        assertThat(state.itemsSeen()).as("the second poll brought nothing newer").isEqualTo(2);
        assertThat(store.streams().position(w, FeedReader.streamName(channel.id())))
                .contains(Instant.parse("2026-11-03T07:30:00Z").toEpochMilli());
        assertThat(intake.counts()).isEqualTo(new FeedIntake.Counts(2, 4, 1, 0));
    }

    @Test
    void anItemLinkingToTheBrandsOwnSiteBelongsWithoutAnyKeyword() {
        Store store = db.store();
        long w = db.newWorkspace().id();
        store.channels().add(w, Platform.RSS, "https://plaza-brand.example/blog/feed", ChannelKind.OWNED, Optional.empty());
        Channel channel = store.channels().add(w, Platform.RSS, feedUrl(), ChannelKind.LISTENING, Optional.empty());

        intake(store, w).poll(intake(store, w).source(w, channel.id(), feedUrl()));

        assertThat(store.activities().totals(w).activities()).isEqualTo(1);
        assertThat(store.activities().findByUri(w, SEED_SWAP)).isPresent();
    }

    @Test
    void aFailedPollKeepsTheErrorAndStoresNothing() {
        Store store = db.store();
        long w = db.newWorkspace().id();
        String missing = server.url("/missing.xml");
        Channel channel = store.channels().add(w, Platform.RSS, missing, ChannelKind.LISTENING, Optional.empty());
        FeedIntake intake = intake(store, w);

        intake.poll(intake.source(w, channel.id(), missing));

        FeedSource state = store.feedSources().find(w, channel.id()).orElseThrow();
        assertThat(state.lastError()).contains(missing + " answered 404");
        assertThat(state.failures()).isEqualTo(1);
        assertThat(store.activities().totals(w).activities()).isZero();
        assertThat(store.feedSources().list(w)).containsExactly(state);
    }
}
