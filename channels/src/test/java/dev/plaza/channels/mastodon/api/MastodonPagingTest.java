package dev.plaza.channels.mastodon.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MastodonPagingTest {

    private static final MastodonContract CONTRACT = MastodonContract.load();

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T12:00:00Z"));
    private final FakeMastodon fake = new FakeMastodon(clock, CONTRACT);
    private final MastodonClient client = fake.client();
    private final ObjectNode alice = Fixtures.account("2", "alice", "social.example");

    @AfterEach
    void everythingExchangedConformsToTheContract() {
        assertThat(fake.violations()).isEmpty();
        fake.close();
    }

    private void homeHolds(int count) {
        IntStream.rangeClosed(1, count).forEach(i -> fake.timeline(Fixtures.status(Long.toString(1000 + i), alice, "<p>post " + i + "</p>")));
    }

    @Test
    void theHomeTimelineIsReadAcrossThreePagesByItsLinkHeader() {
        homeHolds(100);
        List<String> ids = new ArrayList<>();
        Page<MastodonStatus> page = client.statuses(Timeline.home(), PageQuery.latest(40));
        int pages = 1;
        page.items().forEach(s -> ids.add(s.id()));
        while (page.nextMaxId().isPresent() && !page.items().isEmpty()) {
            page = client.statuses(Timeline.home(), PageQuery.olderThan(page.nextMaxId().get(), 40));
            page.items().forEach(s -> ids.add(s.id()));
            pages += page.items().isEmpty() ? 0 : 1;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(100).doesNotHaveDuplicates().startsWith("1100", "1099").endsWith("1002", "1001");
        assertThat(fake.received("/api/v1/timelines/home").get(1).query()).contains("max_id=1061");
    }

    @Test
    void catchingUpFromAStoredPositionReadsOnlyNewerItemsOldestFirstWithMinId() {
        homeHolds(100);
        MastodonSource source = new MastodonSource(client, Timeline.home(), (url, headers) -> {
            throw new java.io.IOException("not streaming in this test");
        }, new MastodonSource.Settings(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(5), 40, 10));
        List<MastodonSource.Delivery> deliveries = new ArrayList<>();

        Optional<String> reached = source.catchUp(Optional.of("1010"), deliveries::add, () -> true);

        List<String> ids = deliveries.stream().flatMap(d -> d.entries().stream()).map(Entry::id).toList();
        assertThat(ids).hasSize(90).isSorted().startsWith("1011", "1012").endsWith("1100");
        assertThat(reached).contains("1100");
        assertThat(deliveries).hasSize(3).allMatch(d -> d.mode() == MastodonSource.Mode.POLLING);
        assertThat(fake.received("/api/v1/timelines/home")).extracting(FakeMastodon.Received::query)
                .containsExactly("limit=40&min_id=1010", "limit=40&min_id=1050", "limit=40&min_id=1090", "limit=40&min_id=1100");
    }

    @Test
    void mentionsAreNotificationsOfTypeMentionOnly() {
        ObjectNode mention = Fixtures.mentioning(Fixtures.status("2001", alice, "<p>@plaza hi</p>"), fake.brand());
        fake.notify(Fixtures.notification("501", "mention", alice, mention));
        fake.notify(Fixtures.notification("502", "favourite", alice, Fixtures.status("2002", fake.brand(), "<p>mine</p>")));

        Page<Entry> page = client.entries(Timeline.mentions(), PageQuery.latest(40));

        assertThat(page.items()).extracting(Entry::id).containsExactly("501");
        assertThat(page.items().getFirst().status().id()).isEqualTo("2001");
        assertThat(page.items().getFirst().mentionsAccount()).isTrue();
        assertThat(fake.received("/api/v1/notifications").getFirst().query()).startsWith("types%5B%5D=mention&limit=40");
        assertThat(page.prevMinId()).contains("501");
    }

    @Test
    void aHashtagTimelineHoldsTheTaggedStatuses() {
        fake.timeline(Fixtures.tagged(Fixtures.status("3001", alice, "<p>#plaza rocks</p>"), "plaza"));
        fake.timeline(Fixtures.status("3002", alice, "<p>untagged</p>"));

        Page<MastodonStatus> page = client.statuses(Timeline.tag("#Plaza"), PageQuery.latest(20));

        assertThat(page.items()).extracting(MastodonStatus::id).containsExactly("3001");
        assertThat(page.items().getFirst().tags()).containsExactly("plaza");
        assertThat(fake.received().getLast().path()).isEqualTo("/api/v1/timelines/tag/Plaza");
    }

    @Test
    void aSpentRateLimitPausesUntilItsResetInsteadOfRunningIntoA429() {
        homeHolds(10);
        fake.rateLimit(3, Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            client.statuses(Timeline.home(), PageQuery.latest(5));
        }
        assertThat(clock.sleeps()).containsExactly(Duration.ofMinutes(5));
        assertThat(client.pacer().lastRateLimit()).hasValueSatisfying(limit -> {
            assertThat(limit.limit()).isEqualTo(3);
            assertThat(limit.remaining()).isEqualTo(1);
        });
        assertThat(fake.received("/api/v1/timelines/home")).hasSize(5);
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() {
        homeHolds(3);
        fake.answerNext("/api/v1/timelines/home", new FakeMastodon.Scripted(429,
                Map.of("Retry-After", "42", "Content-Type", "application/json"), "{\"error\":\"Too many requests\"}".getBytes(), false));

        Page<MastodonStatus> page = client.statuses(Timeline.home(), PageQuery.latest(5));

        assertThat(page.items()).hasSize(3);
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(42));
        assertThat(fake.received("/api/v1/timelines/home")).hasSize(2);
    }

    @Test
    void a429ThatAsksForMoreThanTheLongestWaitFailsAndSaysSo() {
        fake.answerNext("/api/v1/timelines/home", new FakeMastodon.Scripted(429,
                Map.of("Retry-After", "86400", "Content-Type", "application/json"), "{\"error\":\"Too many requests\"}".getBytes(), false));

        assertThatThrownBy(() -> client.statuses(Timeline.home(), PageQuery.latest(5)))
                .isInstanceOf(MastodonApiException.class)
                .hasMessageContaining("GET " + fake.origin() + "/api/v1/timelines/home?limit=5")
                .hasMessageContaining("asks Plaza to wait PT24H");
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void errorsOfTheInstanceSayWhatItAnsweredToWhichRequest() {
        String request = "GET " + fake.origin() + "/api/v1/timelines/home?limit=5";
        Map<Integer, String> errors = Map.of(401, "The access token was revoked", 403, "This action is outside the authorized scopes",
                404, "Record not found", 410, "Gone", 422, "Validation failed: Text can't be blank", 500, "Internal error",
                503, "Maintenance");
        errors.forEach((status, error) -> {
            fake.answerNext("/api/v1/timelines/home", status, "{\"error\":\"" + error + "\"}");
            assertThatThrownBy(() -> client.statuses(Timeline.home(), PageQuery.latest(5)))
                    .isInstanceOfSatisfying(MastodonApiException.class, e -> {
                        assertThat(e.status()).hasValue(status);
                        assertThat(e.request()).isEqualTo(request);
                        assertThat(e.unauthorized()).isEqualTo(status == 401);
                    })
                    .hasMessageStartingWith(request + ": the instance answered " + status)
                    .hasMessageContaining(error);
        });
        assertThat(fake.received("/api/v1/timelines/home")).hasSize(errors.size());
    }

    @Test
    void aMissingStatusIsEmptyAndAnExistingOneIsRead() {
        fake.timeline(Fixtures.status("4001", alice, "<p>here</p>"));
        assertThat(client.status("4001")).map(MastodonStatus::uri).contains("https://social.example/users/alice/statuses/4001");
        assertThat(client.status("4002")).isEmpty();
    }

    @Test
    void theStreamingOriginComesFromTheInstanceOrIsTheInstanceItself() {
        assertThat(client.streamingBase()).isEqualTo(fake.instance().base());
        fake.streamingAt("wss://streaming.social.example");
        assertThat(fake.client().streamingBase()).hasToString("https://streaming.social.example");
    }
}
