package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.channels.mastodon.api.MastodonSource;
import dev.plaza.core.community.ChannelState;
import dev.plaza.core.community.ChannelStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What a Mastodon account's timelines add up to in its channel's status. */
class MastodonProgressTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final MastodonProgress progress = new MastodonProgress(clock);
    private final MastodonSource.Observer mentions = progress.observer("mentions");
    private final MastodonSource.Observer home = progress.observer("home");

    @Test
    void anAccountStartsUntilATimelineIsAnsweredAndThenListens() {
        assertThat(progress.state()).isEqualTo(ChannelState.STARTING);

        mentions.polled();
        home.streaming();
        progress.delivered(3, 1);

        ChannelStatus status = new StatusReports(clock).of(progress);
        assertThat(status.state()).isEqualTo(ChannelState.LISTENING);
        assertThat(status.events()).isEqualTo(3);
        assertThat(status.lastEventAt()).contains(T0);
        assertThat(status.lag()).contains(Duration.ZERO);
        assertThat(progress.stored()).isEqualTo(1);
        assertThat(progress.streaming()).isEqualTo(1);
    }

    @Test
    void failingPollsWaitThenFailAndAnAnsweredPollListensAgain() {
        mentions.polled();
        home.pollFailed("GET /api/v1/timelines/home answered 503");
        assertThat(progress.state()).isEqualTo(ChannelState.WAITING);

        home.pollFailed("GET /api/v1/timelines/home answered 503");
        home.pollFailed("GET /api/v1/timelines/home answered 503");
        ChannelStatus failing = new StatusReports(clock).of(progress);
        assertThat(failing.state()).isEqualTo(ChannelState.FAILING);
        assertThat(failing.lastError()).contains("GET /api/v1/timelines/home answered 503");
        assertThat(failing.lastErrorAt()).contains(T0);

        home.polled();
        assertThat(progress.state()).isEqualTo(ChannelState.LISTENING);
    }

    @Test
    void aRefusedTokenFailsTheAccountWhateverItsTimelinesDid() {
        mentions.streaming();
        home.streaming();

        progress.refused("GET /api/v1/notifications answered 401: The access token is invalid");

        assertThat(progress.state()).isEqualTo(ChannelState.FAILING);
        assertThat(progress.lastProblem()).hasValueSatisfying(problem -> assertThat(problem).contains("401"));
    }
}
