package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.ChannelState;
import dev.plaza.core.community.ChannelStatus;
import dev.plaza.core.community.Platform;
import dev.plaza.store.testing.TestStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChannelStatusTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aPausedChannelStaysPausedFromItsFirstPauseUntilResumed() {
        long w = db.newWorkspace().id();
        Channel feed = db.store().channels().add(w, Platform.RSS, "https://blog.example/feed", ChannelKind.LISTENING,
                Optional.empty());
        assertThat(feed.paused()).isFalse();

        Channel paused = db.store().channels().pause(w, feed.id());
        Channel pausedAgain = db.store().channels().pause(w, feed.id());

        assertThat(paused.paused()).isTrue();
        assertThat(pausedAgain.pausedAt()).isEqualTo(paused.pausedAt());
        assertThat(db.store().channels().find(w, feed.id()).orElseThrow().paused()).isTrue();
        assertThat(db.store().channels().resume(w, feed.id()).paused()).isFalse();
        assertThat(db.store().channels().list(w)).singleElement().satisfies(c -> assertThat(c.paused()).isFalse());
    }

    @Test
    void theLastReportOfEachChannelIsKept() {
        long w = db.newWorkspace().id();
        Channel stream = db.store().channels().add(w, Platform.BLUESKY, "wss://relay.example", ChannelKind.LISTENING,
                Optional.empty());
        Channel feed = db.store().channels().add(w, Platform.RSS, "https://blog.example/feed", ChannelKind.LISTENING,
                Optional.empty());

        db.store().channels().report(w, stream.id(), new ChannelStatus(ChannelState.STARTING, Optional.empty(),
                Optional.empty(), 0, Optional.empty(), Optional.empty(), T0));
        ChannelStatus listening = new ChannelStatus(ChannelState.LISTENING, Optional.of(T0.plusSeconds(55)),
                Optional.of(Duration.ofMillis(1_500)), 1_234, Optional.of("connection reset by relay.example"),
                Optional.of(T0.plusSeconds(20)), T0.plusSeconds(60));
        db.store().channels().report(w, stream.id(), listening);
        ChannelStatus failing = new ChannelStatus(ChannelState.FAILING, Optional.empty(), Optional.empty(), 0,
                Optional.of("HTTP 503 from blog.example"), Optional.of(T0), T0);
        db.store().channels().report(w, feed.id(), failing);

        assertThat(db.store().channels().statuses(w)).containsOnlyKeys(stream.id(), feed.id())
                .containsEntry(stream.id(), listening).containsEntry(feed.id(), failing);
        assertThat(db.store().channels().statuses(db.newWorkspace().id())).isEmpty();
    }

    @Test
    void aReportForAnotherWorkspacesChannelIsRefused() {
        long w = db.newWorkspace().id();
        long other = db.newWorkspace().id();
        Channel feed = db.store().channels().add(w, Platform.RSS, "https://blog.example/feed", ChannelKind.LISTENING,
                Optional.empty());
        ChannelStatus status = new ChannelStatus(ChannelState.LISTENING, Optional.empty(), Optional.empty(), 0,
                Optional.empty(), Optional.empty(), T0);

        assertThatThrownBy(() -> db.store().channels().report(other, feed.id(), status)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> db.store().channels().pause(other, feed.id())).isInstanceOf(NotFoundException.class);
        assertThat(db.store().channels().statuses(w)).isEmpty();
    }

    @Test
    void aLongErrorIsShortenedAndANegativeLagIsNone() {
        ChannelStatus status = new ChannelStatus(ChannelState.FAILING, Optional.empty(), Optional.of(Duration.ofSeconds(-3)),
                0, Optional.of("x".repeat(5_000)), Optional.of(T0), T0);

        assertThat(status.lastError().orElseThrow()).hasSize(ChannelStatus.MAX_ERROR).endsWith("…");
        assertThat(status.lag()).contains(Duration.ZERO);
    }
}
