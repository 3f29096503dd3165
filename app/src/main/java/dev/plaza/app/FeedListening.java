package dev.plaza.app;

import dev.plaza.channels.feeds.BrandSites;
import dev.plaza.channels.feeds.FeedFetcher;
import dev.plaza.channels.feeds.FeedIntake;
import dev.plaza.channels.feeds.FeedReader;
import dev.plaza.channels.feeds.PollSchedule;
import dev.plaza.core.Store;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.LanguageDetector;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.feeds.FeedSource;
import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.core.ingest.StreamIngest;
import dev.plaza.net.GuardedHttpClient;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every RSS or Atom feed a workspace added as a listening channel (Settings → Channels: platform
 * RSS, or YouTube with a channel's feed URL, kind listening, the feed's URL as handle), each when it is
 * due by its own schedule, and stores what belongs to the workspace's community. It looks every
 * {@code every} for feeds that are due, so channels added, removed, paused or resumed are picked up
 * without a restart; after each poll the channel's status says how it went.
 * Counts per workspace are in /metrics as {@code plaza.feeds.*}.
 */
final class FeedListening implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedListening.class);

    private final Store store;
    private final FeedFetcher fetcher;
    private final LanguageDetector languages;
    private final StreamIngest streams;
    private final ListeningCores cores;
    private final Clock clock;
    private final StatusReports reports;
    private final MeterRegistry metrics;
    private final Map<Long, FeedIntake> intakes = new HashMap<>();
    private final BackgroundLoop loop;

    FeedListening(Store store, GuardedHttpClient http, Clock clock, Duration every, MeterRegistry metrics) {
        this(store, http, LanguageDetector.none(), store.streams(), ListeningCores.unlimited(), clock, every, metrics);
    }

    /**
     * As above, with {@code languages} telling the language of items whose feed declares none,
     * {@code streams} where the polls are stored and {@code cores} the cores they are read on (both shared
     * with the server's other listeners).
     */
    FeedListening(Store store, GuardedHttpClient http, LanguageDetector languages, StreamIngest streams, ListeningCores cores,
                  Clock clock, Duration every, MeterRegistry metrics) {
        this.store = store;
        this.languages = languages;
        this.streams = streams;
        this.cores = cores;
        this.fetcher = new FeedFetcher(http, PollSchedule.DEFAULT, clock);
        this.clock = clock;
        this.reports = new StatusReports(clock);
        this.metrics = metrics;
        this.loop = new BackgroundLoop("feed-listening", every, this::pollDue,
                e -> LOG.warn("could not look at the feed channels: {}", e.getMessage()));
    }

    FeedListening start() {
        loop.start();
        return this;
    }

    /** Polls, one after another, the feeds of every workspace that are due. */
    void pollDue() {
        for (Workspace workspace : store.workspaces().list()) {
            for (Channel channel : store.channels().list(workspace.id())) {
                if (loop.stopping()) {
                    return;
                }
                if (channel.isFeed() && !channel.paused()) {
                    pollIfDue(intake(workspace.id()), channel);
                }
            }
        }
    }

    private void pollIfDue(FeedIntake intake, Channel channel) {
        FeedSource source = intake.source(channel.workspaceId(), channel.id(), channel.handle().strip());
        if (source.nextPoll().isAfter(clock.instant())) {
            return;
        }
        try {
            FeedSource polled = intake.poll(source);
            polled.lastError().ifPresent(error -> LOG.info("feed {} of workspace {}: {}", source.url(),
                    channel.workspaceId(), error));
            store.channels().report(channel.workspaceId(), channel.id(), reports.of(polled));
        } catch (RuntimeException e) {
            LOG.warn("could not store what feed {} of workspace {} brought: {}", source.url(), channel.workspaceId(),
                    e.getMessage());
            store.channels().report(channel.workspaceId(), channel.id(), reports.failed(e.getMessage()));
        }
    }

    private synchronized FeedIntake intake(long workspaceId) {
        return intakes.computeIfAbsent(workspaceId, w -> {
            FeedReader reader = new FeedReader(() -> GoalMatcher.of(store.goals().of(w), BrandSites.of(store.channels().list(w)),
                    languages));
            FeedIntake intake = new FeedIntake(store.feedSources(), streams, cores, fetcher, reader, clock);
            Tags tags = Tags.of("workspace", Long.toString(w));
            counter("plaza.feeds.polls", "feed polls made", tags, intake, c -> c.polls());
            counter("plaza.feeds.items", "feed items read", tags, intake, c -> c.items());
            counter("plaza.feeds.stored", "feed items stored as belonging to the community", tags, intake, c -> c.stored());
            counter("plaza.feeds.failures", "feed polls that failed", tags, intake, c -> c.failures());
            return intake;
        });
    }

    private void counter(String name, String description, Tags tags, FeedIntake intake,
                         ToDoubleFunction<FeedIntake.Counts> value) {
        FunctionCounter.builder(name, intake, i -> value.applyAsDouble(i.counts())).description(description).tags(tags)
                .register(metrics);
    }

    @Override
    public void close() {
        loop.close();
    }
}
