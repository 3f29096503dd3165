package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one timeline of a connected account from a stored position: first it catches up by polling (pages
 * newer than the position, oldest first), then it streams. When the stream fails or is refused it polls every
 * {@code pollInterval} and tries the stream again after a backoff that doubles up to {@code maxStreamRetry};
 * each catch-up fills what the stream missed, and the store keeps an activity heard twice once.
 */
public final class MastodonSource {

    private static final Logger LOG = LoggerFactory.getLogger(MastodonSource.class);

    /**
     * @param pollInterval     between polls while the stream is down
     * @param streamRetry      before the first retry of a failed stream; doubles with each failure in a row
     * @param maxStreamRetry   the longest wait before retrying the stream
     * @param pageLimit        items per page
     * @param maxCatchUpPages  pages read in one catch-up; the rest follows at the next
     */
    public record Settings(Duration pollInterval, Duration streamRetry, Duration maxStreamRetry, int pageLimit,
                           int maxCatchUpPages) {
        public Settings {
            requireNonNull(pollInterval, "pollInterval");
            requireNonNull(streamRetry, "streamRetry");
            requireNonNull(maxStreamRetry, "maxStreamRetry");
            if (pollInterval.isNegative() || pollInterval.isZero() || pageLimit < 1 || pageLimit > PageQuery.MAX_LIMIT
                    || maxCatchUpPages < 1) {
                throw new IllegalArgumentException("poll interval, page limit (1 to %d) and catch-up pages must be positive"
                        .formatted(PageQuery.MAX_LIMIT));
            }
        }

        public static final Settings DEFAULT = new Settings(Duration.ofMinutes(2), Duration.ofSeconds(30),
                Duration.ofMinutes(30), PageQuery.MAX_LIMIT, 20);
    }

    public enum Mode { POLLING, STREAMING }

    /**
     * What the source heard at once, oldest first, and the position it reached: the newest entry id so far
     * (which is also the stored position to resume from), or empty before the first entry.
     */
    public record Delivery(Mode mode, List<Entry> entries, List<String> deletedStatusIds, Optional<String> position) {
        public Delivery {
            requireNonNull(mode, "mode");
            entries = List.copyOf(entries);
            deletedStatusIds = List.copyOf(deletedStatusIds);
            requireNonNull(position, "position");
        }
    }

    /** What a source tells about how it goes, for its channel's status. The methods are called on the source's thread. */
    public interface Observer {

        Observer NONE = new Observer() { };

        /** A catch-up poll was answered. */
        default void polled() {
        }

        /** A catch-up poll failed for a reason waiting can cure; the source polls again later. */
        default void pollFailed(String problem) {
        }

        /** The stream is open and being read. */
        default void streaming() {
        }

        /** The stream ended, failed or was refused; the source polls until it tries again. */
        default void streamDown(String why) {
        }
    }

    private final MastodonClient client;
    private final Timeline timeline;
    private final Observer observer;
    private final StreamConnector connector;
    private final Settings settings;
    private final Clock clock;
    private final Pacer.Sleeper sleeper;

    public MastodonSource(MastodonClient client, Timeline timeline, StreamConnector connector, Settings settings) {
        this(client, timeline, connector, settings, Observer.NONE);
    }

    public MastodonSource(MastodonClient client, Timeline timeline, StreamConnector connector, Settings settings,
                          Observer observer) {
        this.observer = requireNonNull(observer, "observer");
        this.client = requireNonNull(client, "client");
        this.timeline = requireNonNull(timeline, "timeline");
        this.connector = requireNonNull(connector, "connector");
        this.settings = requireNonNull(settings, "settings");
        this.clock = client.pacer().clock();
        this.sleeper = client.pacer().sleeper();
    }

    /**
     * Runs until {@code keepGoing} says no (asked between deliveries and polls) and returns the position reached.
     * An answer of 401 (the token was revoked) ends the run with its exception: neither polling nor streaming
     * can go on. Other failures are logged and waited out.
     */
    public Optional<String> run(Optional<String> from, Consumer<Delivery> sink, BooleanSupplier keepGoing)
            throws InterruptedException {
        Optional<String> position = from.map(id -> MastodonIds.check(id, "the stored position"));
        int failures = 0;
        Instant streamAt = clock.instant();
        while (keepGoing.getAsBoolean()) {
            position = catchUpQuietly(position, sink, keepGoing);
            if (!keepGoing.getAsBoolean()) {
                break;
            }
            if (clock.instant().isBefore(streamAt)) {
                sleeper.sleep(settings.pollInterval());
                continue;
            }
            Streamed streamed = stream(position, sink, keepGoing);
            position = streamed.position();
            failures = streamed.heard() ? 1 : failures + 1;
            streamAt = clock.instant().plus(backoff(failures));
        }
        return position;
    }

    /** Polls every page newer than {@code position} (or, with none, the newest page), delivering oldest first. */
    public Optional<String> catchUp(Optional<String> position, Consumer<Delivery> sink, BooleanSupplier keepGoing) {
        if (position.isEmpty()) {
            Page<Entry> latest = client.entries(timeline, PageQuery.latest(settings.pageLimit()));
            return deliver(Mode.POLLING, oldestFirst(latest.items()), List.of(), position, sink);
        }
        Optional<String> reached = position;
        for (int pages = 0; pages < settings.maxCatchUpPages() && keepGoing.getAsBoolean(); pages++) {
            Page<Entry> page = client.entries(timeline, PageQuery.newerThan(reached.orElseThrow(), settings.pageLimit()));
            if (page.items().isEmpty()) {
                break;
            }
            reached = deliver(Mode.POLLING, oldestFirst(page.items()), List.of(), reached, sink);
            // the Link header may point past items the instance filtered out of the page
            Optional<String> prev = page.prevMinId();
            if (prev.isPresent() && MastodonIds.isNewer(prev.get(), reached.orElseThrow())) {
                reached = prev;
            }
        }
        return reached;
    }

    private Optional<String> catchUpQuietly(Optional<String> position, Consumer<Delivery> sink, BooleanSupplier keepGoing) {
        try {
            Optional<String> reached = catchUp(position, sink, keepGoing);
            observer.polled();
            return reached;
        } catch (MastodonApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            LOG.warn("polling {} of {} failed: {}", timeline.name(), client.instance().host(), e.getMessage());
            observer.pollFailed(e.getMessage());
            return position;
        }
    }

    private record Streamed(Optional<String> position, boolean heard) {
    }

    private Streamed stream(Optional<String> position, Consumer<Delivery> sink, BooleanSupplier keepGoing) {
        AtomicReference<Optional<String>> reached = new AtomicReference<>(position);
        AtomicBoolean heard = new AtomicBoolean();
        try (InputStream in = client.openStream(timeline, connector)) {
            observer.streaming();
            new ServerSentEvents(in).read(new ServerSentEvents.Listener() {
                @Override
                public boolean event(SseEvent event) {
                    heard.set(true);
                    reached.set(heardEvent(StreamEvent.of(event), reached.get(), sink));
                    return keepGoing.getAsBoolean();
                }

                @Override
                public void heartbeat() {
                    heard.set(true);
                }
            });
            LOG.info("the {} stream of {} ended; polling until it is tried again", timeline.name(), client.instance().host());
            observer.streamDown("the stream ended");
        } catch (IOException | MastodonApiException e) {
            if (e instanceof MastodonApiException api && api.unauthorized()) {
                throw api;
            }
            LOG.warn("streaming {} of {} failed, polling instead: {}", timeline.name(), client.instance().host(), e.getMessage());
            observer.streamDown(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("streaming {} of {} failed, polling instead: {}", timeline.name(), client.instance().host(), e.toString());
            observer.streamDown(e.toString());
        }
        return new Streamed(reached.get(), heard.get());
    }

    private Optional<String> heardEvent(StreamEvent event, Optional<String> position, Consumer<Delivery> sink) {
        return switch (event) {
            case StreamEvent.Update update when !(timeline instanceof Timeline.Mentions) ->
                    deliver(Mode.STREAMING, List.of(new Entry(update.status().id(), update.status(), false)), List.of(), position, sink);
            case StreamEvent.Notification n when n.notification().isMention() && timeline instanceof Timeline.Mentions ->
                    deliver(Mode.STREAMING, List.of(new Entry(n.notification().id(), n.notification().status().orElseThrow(), true)),
                            List.of(), position, sink);
            case StreamEvent.Delete delete -> deliver(Mode.STREAMING, List.of(), List.of(delete.statusId()), position, sink);
            case StreamEvent.Unreadable unreadable -> {
                LOG.warn("passed over an unreadable {} event from {}: {}", unreadable.type(), client.instance().host(), unreadable.why());
                yield position;
            }
            default -> position;
        };
    }

    private static Optional<String> deliver(Mode mode, List<Entry> entries, List<String> deleted, Optional<String> position,
                                            Consumer<Delivery> sink) {
        Optional<String> reached = newest(entries, position);
        if (!entries.isEmpty() || !deleted.isEmpty()) {
            sink.accept(new Delivery(mode, entries, deleted, reached));
        }
        return reached;
    }

    private static Optional<String> newest(List<Entry> entries, Optional<String> position) {
        Optional<String> newest = position;
        for (Entry entry : entries) {
            if (newest.isEmpty() || MastodonIds.isNewer(entry.id(), newest.get())) {
                newest = Optional.of(entry.id());
            }
        }
        return newest;
    }

    private static List<Entry> oldestFirst(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(Entry::position));
        return sorted;
    }

    private Duration backoff(int failures) {
        Duration wait = settings.streamRetry();
        for (int i = 1; i < failures && wait.compareTo(settings.maxStreamRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxStreamRetry()) > 0 ? settings.maxStreamRetry() : wait;
    }
}
