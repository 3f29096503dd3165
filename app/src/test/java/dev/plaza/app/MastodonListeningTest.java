package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.channels.mastodon.api.FakeMastodon;
import dev.plaza.channels.mastodon.api.Fixtures;
import dev.plaza.channels.mastodon.api.GuardedStreamConnector;
import dev.plaza.channels.mastodon.api.MastodonContract;
import dev.plaza.channels.mastodon.api.MastodonSource;
import dev.plaza.channels.mastodon.api.Pacer;
import dev.plaza.channels.mastodon.api.TestClock;
import dev.plaza.core.Store;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.ChannelState;
import dev.plaza.core.community.ChannelStatus;
import dev.plaza.core.mastodon.MastodonAccount;
import dev.plaza.store.testing.TestStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Listening through a connected Mastodon account against an instance on loopback: a mention is stored once with
 * its position, a restart resumes from that position, a paused channel is not listened to, and a refused token
 * stops listening and marks the channel failing until the account is connected again.
 */
class MastodonListeningTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final MastodonSource.Settings QUICK = new MastodonSource.Settings(Duration.ofMillis(100),
            Duration.ofHours(1), Duration.ofHours(1), 40, 20);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ObjectNode alice = Fixtures.account("2", "alice", "social.example");
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private FakeMastodon fake;
    private Store store;
    private long w;
    private MastodonAccount account;

    @BeforeEach
    void connectTheBrandsAccount() {
        fake = new FakeMastodon(new TestClock(Instant.parse("2026-12-01T12:00:00Z")), MastodonContract.load());
        fake.rateLimit(1_000_000, Duration.ofMinutes(5));
        store = db.store();
        w = db.newWorkspace().id();
        account = connect(FakeMastodon.TOKEN);
    }

    @AfterEach
    void forgetTheAccount() {
        store.channels().remove(w, account.channelId());
        assertThat(fake.violations()).isEmpty();
        fake.close();
    }

    @Test
    void aMentionIsStoredOnceWithItsPositionAndTheChannelListens() {
        ObjectNode mention = mention("1001", "501", "<p>@plaza is the repair café open today?</p>");

        try (MastodonListening listening = listening()) {
            listening.reconcile();
            await(() -> store.activities().findByUri(w, mention.path("uri").asText()).isPresent());
            await(() -> position("mentions").isPresent());
            listening.reconcile();

            assertThat(store.activities().totals(w).activities()).isEqualTo(1);
            assertThat(position("mentions")).contains(501L);
            ChannelStatus status = store.channels().statuses(w).get(account.channelId());
            assertThat(status.state()).isEqualTo(ChannelState.LISTENING);
            assertThat(status.events()).isGreaterThanOrEqualTo(1);
            assertThat(status.lastEventAt()).isPresent();
            assertThat(metrics.get("plaza.mastodon.stored").tag("account", "plaza@127.0.0.1").functionCounter().count())
                    .isEqualTo(1.0);
            assertThat(fake.received("/api/v1/timelines/home")).isNotEmpty();
        }
    }

    @Test
    void aRestartResumesFromTheStoredPositionAndStoresNothingTwice() {
        ObjectNode first = mention("1001", "501", "<p>@plaza first question</p>");
        try (MastodonListening listening = listening()) {
            listening.reconcile();
            await(() -> position("mentions").isPresent());
        }
        ObjectNode second = mention("1002", "502", "<p>@plaza second question</p>");
        int before = fake.received("/api/v1/notifications").size();

        try (MastodonListening again = listening()) {
            again.reconcile();
            await(() -> store.activities().findByUri(w, second.path("uri").asText()).isPresent());
            await(() -> position("mentions").equals(Optional.of(502L)));
        }

        assertThat(fake.received("/api/v1/notifications").get(before).query()).contains("min_id=501");
        assertThat(store.activities().findByUri(w, first.path("uri").asText())).isPresent();
        assertThat(store.activities().totals(w).activities()).isEqualTo(2);
    }

    @Test
    void aPausedChannelIsNotListenedTo() throws InterruptedException {
        mention("1001", "501", "<p>@plaza hello</p>");
        store.channels().pause(w, account.channelId());

        try (MastodonListening listening = listening()) {
            listening.reconcile();
            Thread.sleep(500);

            assertThat(fake.received()).isEmpty();
            assertThat(store.activities().totals(w).activities()).isZero();
            assertThat(store.channels().statuses(w)).doesNotContainKey(account.channelId());

            store.channels().resume(w, account.channelId());
            listening.reconcile();
            await(() -> store.activities().totals(w).activities() == 1);
        }
    }

    @Test
    void aRefusedTokenMarksTheChannelFailingAndStopsListeningUntilTheAccountIsConnectedAgain() throws InterruptedException {
        mention("1001", "501", "<p>@plaza hello</p>");
        connect("a-revoked-token");

        try (MastodonListening listening = listening()) {
            listening.reconcile();
            await(() -> store.mastodonAccounts().find(w, account.channelId()).orElseThrow().lastError().isPresent());
            await(() -> Optional.ofNullable(store.channels().statuses(w).get(account.channelId()))
                    .filter(s -> s.state() == ChannelState.FAILING).isPresent());
            listening.reconcile();
            int asked = fake.received().size();
            listening.reconcile();
            Thread.sleep(300);

            ChannelStatus status = store.channels().statuses(w).get(account.channelId());
            assertThat(status.state()).isEqualTo(ChannelState.FAILING);
            assertThat(status.lastError().orElseThrow()).contains("401");
            assertThat(store.mastodonAccounts().find(w, account.channelId()).orElseThrow().lastError().orElseThrow())
                    .contains("401");
            assertThat(fake.received()).as("no request with the refused token after it was refused").hasSize(asked);
            assertThat(store.activities().totals(w).activities()).isZero();

            connect(FakeMastodon.TOKEN);
            listening.reconcile();
            await(() -> store.activities().totals(w).activities() == 1);
            assertThat(store.mastodonAccounts().find(w, account.channelId()).orElseThrow().lastError()).isEmpty();
        }
    }

    @Test
    void stoppingListeningClosesTheStreamConnector() {
        GuardedStreamConnector connector = new GuardedStreamConnector(fake.http(), Duration.ofSeconds(5));
        MastodonListening listening = new MastodonListening(store, fake.http(), connector, QUICK,
                () -> new Pacer(Clock.systemUTC(), Thread::sleep, 3, Duration.ofMinutes(1)), Clock.systemUTC(),
                Duration.ofHours(1), metrics);

        listening.close();

        assertThatThrownBy(() -> connector.open(URI.create(fake.origin() + "/api/v1/streaming/user"), Map.of()))
                .isInstanceOf(IOException.class).hasMessageContaining("the stream connector is closed");
    }

    private MastodonListening listening() {
        return new MastodonListening(store, fake.http(), new GuardedStreamConnector(fake.http(), Duration.ofSeconds(5)), QUICK,
                () -> new Pacer(Clock.systemUTC(), Thread::sleep, 3, Duration.ofMinutes(1)), Clock.systemUTC(),
                Duration.ofHours(1), metrics);
    }

    private MastodonAccount connect(String token) {
        return store.mastodonAccounts().connect(w, ChannelKind.OWNED, new MastodonAccount(0, w, fake.origin(), "1",
                "plaza@127.0.0.1", fake.brand().path("uri").asText(), Instant.now(), Optional.empty()), token);
    }

    /** A status of Alice's mentioning the brand, and the notification that tells the brand of it. */
    private ObjectNode mention(String statusId, String notificationId, String html) {
        ObjectNode status = Fixtures.mentioning(Fixtures.status(statusId, alice, html), fake.brand());
        fake.notify(Fixtures.notification(notificationId, "mention", alice, status));
        return status;
    }

    private Optional<Long> position(String timeline) {
        return store.streams().position(w, "mastodon:127.0.0.1:1:" + timeline);
    }

    private static void await(BooleanSupplier condition) {
        Instant until = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not reached within " + PATIENCE);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
