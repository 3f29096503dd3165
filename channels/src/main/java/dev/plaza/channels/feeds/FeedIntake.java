package dev.plaza.channels.feeds;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.feeds.FeedSource;
import dev.plaza.core.feeds.FeedSources;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.core.ingest.StreamIngest;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One poll of one feed, end to end: fetch it ({@link FeedFetcher}), keep the items that belong
 * ({@link FeedReader}), and store them together with the feed's new state in one transaction
 * ({@link FeedSources#record}). The stream position stored with the items is the newest item time
 * heard, which tells new items from repeated ones for the feed's count of items seen; items
 * themselves are stored once by their canonical id, however often a feed repeats them.
 */
public final class FeedIntake {

    /** What the intake has done since it started: polls, items read, items newly stored, failed polls. */
    public record Counts(long polls, long items, long stored, long failures) {
    }

    private final FeedSources sources;
    private final StreamIngest streams;
    private final ListeningCores cores;
    private final FeedFetcher fetcher;
    private final FeedReader reader;
    private final Clock clock;
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    /** {@code cores}: the feed's items are read on one of them; fetching and storing hold none. */
    public FeedIntake(FeedSources sources, StreamIngest streams, ListeningCores cores, FeedFetcher fetcher, FeedReader reader,
                      Clock clock) {
        this.sources = requireNonNull(sources, "sources");
        this.streams = requireNonNull(streams, "streams");
        this.cores = requireNonNull(cores, "cores");
        this.fetcher = requireNonNull(fetcher, "fetcher");
        this.reader = requireNonNull(reader, "reader");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The feed's stored state, or a new one due now. */
    public FeedSource source(long workspaceId, long channelId, String url) {
        return sources.find(workspaceId, channelId).filter(s -> s.url().equals(url))
                .orElseGet(() -> FeedSource.unpolled(workspaceId, channelId, url, clock.instant()));
    }

    /** Polls the feed and stores what it brought; returns the feed's new state. */
    public FeedSource poll(FeedSource source) {
        FeedFetcher.Poll poll = fetcher.poll(source);
        polls.incrementAndGet();
        if (poll.next().lastError().isPresent()) {
            failures.incrementAndGet();
        }
        if (poll.feed().isEmpty()) {
            sources.record(poll.next(), Optional.empty());
            return poll.next();
        }
        String stream = FeedReader.streamName(source.channelId());
        long position = streams.position(source.workspaceId(), stream).orElse(0L);
        FeedReader.Read read = cores.working(() -> reader.read(source.channelId(), URI.create(source.url()), poll.feed().get(),
                position, clock.instant()));
        FeedSource next = withItemsSeen(poll.next(), source.itemsSeen() + read.newItems());
        IngestResult result = sources.record(next, Optional.of(read.batch()));
        items.addAndGet(read.items());
        stored.addAndGet(result.activities());
        return next;
    }

    public Counts counts() {
        return new Counts(polls.get(), items.get(), stored.get(), failures.get());
    }

    private static FeedSource withItemsSeen(FeedSource state, long seen) {
        return new FeedSource(state.workspaceId(), state.channelId(), state.url(), state.etag(), state.lastModified(),
                state.lastPolled(), state.nextPoll(), state.lastError(), state.failures(), seen);
    }
}
