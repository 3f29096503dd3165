package dev.plaza.app;

import dev.plaza.atproto.listening.ListeningStatus;
import dev.plaza.core.community.ChannelState;
import dev.plaza.core.community.ChannelStatus;
import dev.plaza.core.feeds.FeedSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns what one listener says about itself into its channel's status. A stream listener tells its
 * last problem but not when it happened: the first report that sees a problem dates it.
 */
final class StatusReports {

    /** Feed polls failing this many times in a row make a failing channel, fewer a waiting one. */
    static final int FAILING_AFTER = 3;

    private final Clock clock;
    private Optional<String> lastProblem = Optional.empty();
    private Optional<Instant> lastProblemAt = Optional.empty();

    StatusReports() {
        this(Clock.systemUTC());
    }

    StatusReports(Clock clock) {
        this.clock = clock;
    }

    synchronized ChannelStatus of(ListeningStatus status) {
        Instant now = clock.instant();
        if (status.lastProblem().isPresent() && !status.lastProblem().equals(lastProblem)) {
            lastProblem = status.lastProblem();
            lastProblemAt = Optional.of(now);
        }
        ChannelState state = switch (status.state()) {
            case CONNECTING -> ChannelState.STARTING;
            case STREAMING -> ChannelState.LISTENING;
            case WAITING -> ChannelState.WAITING;
            case STOPPED -> status.lastProblem().isPresent() ? ChannelState.FAILING : ChannelState.STOPPED;
        };
        return new ChannelStatus(state, status.latestMessageAt(), status.lag(), status.counts().messages(), lastProblem,
                lastProblemAt, now);
    }

    /** A feed after a poll: its last good poll is its last event, and its lag how long ago that was. */
    ChannelStatus of(FeedSource feed) {
        Instant now = clock.instant();
        boolean failed = feed.lastError().isPresent();
        Optional<Instant> lastGood = failed ? Optional.empty() : feed.lastPolled();
        ChannelState state = !failed ? ChannelState.LISTENING
                : feed.failures() >= FAILING_AFTER ? ChannelState.FAILING : ChannelState.WAITING;
        return new ChannelStatus(state, lastGood, lastGood.map(at -> Duration.between(at, now)), feed.itemsSeen(),
                feed.lastError(), failed ? feed.lastPolled() : Optional.empty(), now);
    }

    /** A Mastodon account's timelines: the state they add up to, what they read, and their last problem. */
    ChannelStatus of(MastodonProgress progress) {
        return new ChannelStatus(progress.state(), progress.lastEventAt(), progress.lag(), progress.entries(),
                progress.lastProblem(), progress.lastProblemAt(), clock.instant());
    }

    /** A listener that could not start. */
    ChannelStatus failed(String problem) {
        Instant now = clock.instant();
        return new ChannelStatus(ChannelState.FAILING, Optional.empty(), Optional.empty(), 0, Optional.of(problem),
                Optional.of(now), now);
    }
}
