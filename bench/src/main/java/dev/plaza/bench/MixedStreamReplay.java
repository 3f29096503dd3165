package dev.plaza.bench;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.jetstream.JetstreamBatch;
import dev.plaza.atproto.jetstream.JetstreamDecoder;
import dev.plaza.atproto.jetstream.JetstreamEvent;
import dev.plaza.atproto.listening.ListeningSettings;
import dev.plaza.channels.bluesky.HandleLookup;
import dev.plaza.channels.bluesky.JetstreamIntake;
import dev.plaza.channels.bluesky.StreamReader;
import dev.plaza.channels.feeds.Feed;
import dev.plaza.channels.feeds.FeedParser;
import dev.plaza.channels.feeds.FeedReader;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Goal;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.Heard;
import dev.plaza.core.community.LanguageDetector;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.ingest.GroupedStreamIngest;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StoreBehind;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.ingest.StreamIngest;
import dev.plaza.federation.inbox.NoteActivity;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsObject;
import dev.plaza.federation.vocab.AsParser;
import dev.plaza.federation.vocab.Note;
import dev.plaza.federation.vocab.Ref;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replays a {@link MixedStreamGenerator} recording through Plaza's real listener code into a
 * {@link StreamIngest}, each source the way its listener hears it and on a thread of its own, as three
 * listeners run side by side: Jetstream events through {@link JetstreamDecoder} and
 * {@link JetstreamIntake} ({@link StreamReader}), a batch as large as a Jetstream listener's
 * ({@link ListeningSettings#maxBatch()}: a listener catching up takes that many at once); ActivityPub
 * activities through the federation vocabulary's parser and the inbox's {@link NoteActivity},
 * {@value #ACTIVITYPUB_BATCH} to a batch; feed polls through {@link FeedParser} and {@link FeedReader},
 * the polls waiting when the last were stored, up to {@value #FEED_POLLS_PER_TRANSACTION}, together
 * ({@link StreamIngest#ingestAll}). The three store through one {@link GroupedStreamIngest}, as the
 * listeners of one workspace may: what they hand it at the same time is one transaction. As in Plaza, the
 * listeners read on the machine's {@link ListeningCores} (all but one), giving theirs back while they wait for
 * a line or for the store; the Jetstream and ActivityPub listeners store behind themselves ({@link StoreBehind}:
 * reading the next batch while the last is stored, and counting a batch as stored when they hand it over),
 * the feeds wait for their polls to be stored, as a feed listener does. Every source
 * stores its position with its batches under its own stream name and resumes after it, so a replay killed at any moment
 * and started again stores everything once.
 */
final class MixedStreamReplay {

    static final int JETSTREAM_BATCH = ListeningSettings.DEFAULT.maxBatch();
    static final int ACTIVITYPUB_BATCH = 2_500;
    /** The polls a feed listener that fell behind stores in one transaction at most. */
    static final int FEED_POLLS_PER_TRANSACTION = 100;
    static final String JETSTREAM = "bluesky-jetstream:bench";
    static final String ACTIVITYPUB = "activitypub:bench";
    /** The benchmark goal: English or German posts about open source and its releases. */
    static final Goal GOAL = new Goal(0, "open source releases", List.of("open source", "release"), List.of("opensource"),
            List.of("en", "de"), List.of("giveaway"));
    private static final int MAX_EVENT_BYTES = 1 << 20;
    /** What tells a listener its source has ended: compared by identity, never by content. */
    private static final byte[] END = new byte[0];
    private static final Instant NOW = Instant.parse("2026-12-06T00:00:00Z");

    /**
     * What one source heard and kept, the transactions (the store's calls: the writer may merge some) and
     * seconds its batches spent in the store, and its thread's CPU seconds.
     */
    record Counts(long events, long kept, long stores, double storeSeconds, double cpuSeconds) {

        Counts(long events, long kept, StoreTime store) {
            this(events, kept, store.calls, store.nanos / 1e9,
                    java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
        }

        String summary() {
            return "%,d of %,d kept, %,d stores, %.1f s storing, %.1f s CPU".formatted(kept, events, stores, storeSeconds,
                    cpuSeconds);
        }
    }

    /** The store, timed: how long one listener's batches took to store. */
    private static final class StoreTime implements StreamIngest {

        private final StreamIngest ingest;
        private long nanos;
        private long calls;

        StoreTime(StreamIngest ingest) {
            this.ingest = ingest;
        }

        @Override
        public dev.plaza.core.ingest.IngestResult ingest(long workspaceId, StreamBatch batch) {
            return timed(() -> ingest.ingest(workspaceId, batch));
        }

        @Override
        public dev.plaza.core.ingest.IngestResult ingestAll(long workspaceId, List<StreamBatch> batches) {
            return timed(() -> ingest.ingestAll(workspaceId, batches));
        }

        private dev.plaza.core.ingest.IngestResult timed(java.util.function.Supplier<dev.plaza.core.ingest.IngestResult> write) {
            long start = System.nanoTime();
            try {
                return write.get();
            } finally {
                nanos += System.nanoTime() - start;
                calls++;
            }
        }

        @Override
        public Optional<Long> position(long workspaceId, String stream) {
            return ingest.position(workspaceId, stream);
        }
    }

    /**
     * What the replay heard and kept, by source, and the seconds the one writer spent in the store's
     * transactions: when those come near the replay's own seconds, the store is what bounds the rate.
     */
    record Result(Counts jetstream, Counts activityPub, Counts feeds, double writerSeconds) {

        long events() {
            return jetstream.events + activityPub.events + feeds.events;
        }

        long kept() {
            return jetstream.kept + activityPub.kept + feeds.kept;
        }
    }

    private final StoreTime writer;
    private final StreamIngest ingest;
    private final long workspaceId;
    private final List<Long> feedChannels;
    private final GoalMatcher matcher;
    private final AsParser parser = AsParser.withDefaults();
    private final java.util.function.LongConsumer progress;
    private final AtomicLong stored = new AtomicLong();
    private final ListeningCores cores = ListeningCores.ofThisMachine();

    /** {@code feedChannels} are the channel ids of the recording's feeds, by feed number. */
    MixedStreamReplay(StreamIngest ingest, long workspaceId, List<Long> feedChannels, LanguageDetector languages) {
        this(ingest, workspaceId, feedChannels, languages, events -> { });
    }

    /** As above; {@code progress} is told, after each transaction, how many events all sources have stored so far. */
    MixedStreamReplay(StreamIngest ingest, long workspaceId, List<Long> feedChannels, LanguageDetector languages,
                      java.util.function.LongConsumer progress) {
        this.progress = requireNonNull(progress, "progress");
        this.writer = new StoreTime(ingest);
        this.ingest = new GroupedStreamIngest(writer);
        this.workspaceId = workspaceId;
        this.feedChannels = List.copyOf(feedChannels);
        this.matcher = GoalMatcher.of(GOAL, Set.of(MixedStreamGenerator.BRAND_DID, MixedStreamGenerator.BRAND_ACTOR), languages);
        if (feedChannels.size() != MixedStreamGenerator.FEEDS) {
            throw new IllegalArgumentException("the recording has %d feeds, not %d".formatted(MixedStreamGenerator.FEEDS,
                    feedChannels.size()));
        }
    }

    static URI feedUrl(int feed) {
        return URI.create("https://blog" + feed + ".example/feed.xml");
    }

    /** Replays the recording from each source's stored position to its end. */
    Result replay(Path recording) throws InterruptedException {
        BlockingQueue<byte[]> jetstream = new ArrayBlockingQueue<>(20_000);
        BlockingQueue<byte[]> activityPub = new ArrayBlockingQueue<>(5_000);
        BlockingQueue<byte[]> feeds = new ArrayBlockingQueue<>(100);
        Listener<Counts> jetstreamListener = Listener.start("replay-jetstream", cores, () -> jetstream(jetstream));
        Listener<Counts> activityPubListener = Listener.start("replay-activitypub", cores, () -> activityPub(activityPub));
        Listener<Counts> feedListener = Listener.start("replay-feeds", cores, () -> feeds(feeds));
        try {
            RecordingLines.read(recording, (tag, payload) -> {
                switch (tag) {
                    case 'J' -> jetstreamListener.put(jetstream, payload);
                    case 'A' -> activityPubListener.put(activityPub, payload);
                    case 'F' -> feedListener.put(feeds, payload);
                    default -> throw new IllegalStateException("a recorded line starts with '%c', not J, A or F".formatted((char) tag));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recording " + recording, e);
        } finally {
            jetstreamListener.put(jetstream, END);
            activityPubListener.put(activityPub, END);
            feedListener.put(feeds, END);
        }
        return new Result(jetstreamListener.result(), activityPubListener.result(), feedListener.result(), writer.nanos / 1e9);
    }

    private Counts jetstream(BlockingQueue<byte[]> events) throws InterruptedException {
        StoreTime store = new StoreTime(ingest);
        JetstreamIntake intake = new JetstreamIntake(store, cores, workspaceId, JETSTREAM, new StreamReader(() -> matcher),
                HandleLookup.NONE);
        long after = intake.cursor().orElse(-1L);
        List<JetstreamEvent> pending = new ArrayList<>(JETSTREAM_BATCH);
        long heard = 0;
        long cursor = 0;
        for (byte[] json = next(events); json != END; json = next(events)) {
            JetstreamEvent event = JetstreamDecoder.decode(json, MAX_EVENT_BYTES);
            if (event.timeUs() <= after) {
                continue;
            }
            heard++;
            cursor = event.timeUs();
            pending.add(event);
            if (pending.size() == JETSTREAM_BATCH) {
                intake.store(new JetstreamBatch(pending, cursor));
                stored(pending.size());
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            intake.store(new JetstreamBatch(pending, cursor));
            stored(pending.size());
        }
        intake.cursor();
        return new Counts(heard, intake.counts().matched(), store);
    }

    private Counts activityPub(BlockingQueue<byte[]> activities) throws InterruptedException {
        StoreTime timed = new StoreTime(ingest);
        StoreBehind store = new StoreBehind(timed, cores);
        long after = store.position(workspaceId, ACTIVITYPUB).orElse(0L);
        Map<String, Actor> actors = new HashMap<>();
        ActivityPubBatch batch = new ActivityPubBatch();
        long ordinal = 0;
        long heard = 0;
        long kept = 0;
        for (byte[] json = next(activities); json != END; json = next(activities)) {
            if (++ordinal <= after) {
                continue;
            }
            heard++;
            Activity activity = (Activity) parser.parse(json);
            Actor actor = actors.computeIfAbsent(activity.actor().orElseThrow(), this::actor);
            if (batch.add(activity, actor)) {
                kept++;
            }
            if (batch.size() == ACTIVITYPUB_BATCH) {
                store.store(workspaceId, batch.stored(ordinal));
                stored(batch.size());
                batch = new ActivityPubBatch();
            }
        }
        if (batch.size() > 0) {
            store.store(workspaceId, batch.stored(ordinal));
            stored(batch.size());
        }
        store.awaitStored();
        return new Counts(heard, kept, timed);
    }

    /** The sender as its server would serve it: the inbox fetches it once and keeps it. */
    private Actor actor(String id) {
        String user = id.substring(id.lastIndexOf('/') + 1);
        String json = ("{\"@context\":[\"https://www.w3.org/ns/activitystreams\",\"https://w3id.org/security/v1\"],\"id\":\"%s\","
                + "\"type\":\"Person\",\"preferredUsername\":\"%s\",\"name\":\"%s\",\"inbox\":\"%s/inbox\",\"outbox\":\"%s/outbox\","
                + "\"followers\":\"%s/followers\",\"url\":\"%s\"}").formatted(id, user, user.toUpperCase(java.util.Locale.ROOT), id, id,
                id, id.replace("/users/", "/@"));
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), Actor.class);
    }

    /** One transaction's worth of activities heard on the ActivityPub inbox. */
    private final class ActivityPubBatch {

        private final Map<String, SeenIdentity> identities = new LinkedHashMap<>();
        private final Map<String, IncomingActivity> activities = new LinkedHashMap<>();
        private final Map<String, List<MatchReason>> reasons = new HashMap<>();
        private final List<StreamBatch.Deletion> deleted = new ArrayList<>();
        private int size;

        /** Whether the activity was kept. */
        boolean add(Activity activity, Actor actor) {
            size++;
            return switch (activity.type()) {
                case "Create" -> create(activity, actor);
                case "Like" -> relation(activity, actor, ActivityKind.LIKE, Heard.Pointing.LIKE);
                case "Announce" -> relation(activity, actor, ActivityKind.REPOST, Heard.Pointing.REPOST);
                case "Delete" -> {
                    deleted.add(new StreamBatch.Deletion(activity.objects().getFirst().iri().orElseThrow(), actor.id(),
                            activity.published().orElse(NOW)));
                    yield false;
                }
                default -> false;
            };
        }

        private boolean create(Activity activity, Actor actor) {
            if (!(activity.objects().getFirst() instanceof Ref.Embedded(AsObject object)) || !(object instanceof Note note)) {
                return false;
            }
            NoteActivity post = NoteActivity.of(note, actor, activity.published(), NOW,
                    href -> href.equals(MixedStreamGenerator.BRAND_ACTOR));
            IncomingActivity incoming = post.activity();
            List<Heard.Reference> references = new ArrayList<>();
            post.mentioned().forEach(m -> references.add(new Heard.Reference(Heard.Pointing.MENTION, m.stableId())));
            incoming.inReplyToUri().filter(parent -> parent.startsWith(MixedStreamGenerator.BRAND_ORIGIN + "/"))
                    .ifPresent(parent -> references.add(new Heard.Reference(Heard.Pointing.REPLY, MixedStreamGenerator.BRAND_ACTOR)));
            Optional<List<MatchReason>> matched = matcher.match(new Heard(incoming.text(), post.hashtags(), incoming.language(),
                    references));
            if (matched.isEmpty()) {
                return false;
            }
            identities.putIfAbsent(post.author().stableId(), post.author());
            post.mentioned().forEach(m -> identities.putIfAbsent(m.stableId(), m));
            activities.put(incoming.uri(), incoming.orLanguage(MatchReason.detectedLanguage(matched.get())));
            reasons.put(incoming.uri(), matched.get());
            return true;
        }

        private boolean relation(Activity activity, Actor actor, ActivityKind kind, Heard.Pointing pointing) {
            String target = activity.objects().getFirst().iri().orElseThrow();
            if (!target.startsWith(MixedStreamGenerator.BRAND_ORIGIN + "/")) {
                return false;
            }
            Optional<List<MatchReason>> matched = matcher.match(new Heard("", List.of(), Optional.empty(),
                    List.of(new Heard.Reference(pointing, MixedStreamGenerator.BRAND_ACTOR))));
            if (matched.isEmpty()) {
                return false;
            }
            SeenIdentity author = NoteActivity.identityOf(actor);
            identities.putIfAbsent(author.stableId(), author);
            activities.put(activity.id(), new IncomingActivity(activity.id(), kind, author.key(), activity.published().orElse(NOW), "",
                    Optional.empty(), Optional.empty(), Optional.of(target), Optional.empty(), List.of(),
                    Optional.of(NoteActivity.instanceOf(actor))));
            reasons.put(activity.id(), matched.get());
            return true;
        }

        int size() {
            return size;
        }

        StreamBatch stored(long position) {
            return new StreamBatch(ACTIVITYPUB, position, new IngestBatch(List.copyOf(identities.values()),
                    List.copyOf(activities.values()), Optional.empty()), List.of(), deleted, reasons);
        }
    }

    private Counts feeds(BlockingQueue<byte[]> polls) throws InterruptedException {
        StoreTime store = new StoreTime(ingest);
        FeedReader reader = new FeedReader(() -> matcher);
        long[] positions = new long[feedChannels.size()];
        for (int feed = 0; feed < positions.length; feed++) {
            positions[feed] = ingest.position(workspaceId, FeedReader.streamName(feedChannels.get(feed))).orElse(0L);
        }
        long heard = 0;
        long kept = 0;
        List<byte[]> group = new ArrayList<>(FEED_POLLS_PER_TRANSACTION);
        boolean ended = false;
        while (!ended) {
            group.clear();
            group.add(next(polls));
            polls.drainTo(group, FEED_POLLS_PER_TRANSACTION - 1);
            List<StreamBatch> batches = new ArrayList<>(group.size());
            long groupItems = 0;
            for (byte[] poll : group) {
                if (poll == END) {
                    ended = true;
                    break;
                }
                int space = 0;
                int feed = 0;
                for (; poll[space] != ' '; space++) {
                    feed = feed * 10 + (poll[space] - '0');
                }
                URI url = feedUrl(feed);
                Feed parsed = FeedParser.parse(Arrays.copyOfRange(poll, space + 1, poll.length), url);
                long newest = parsed.items().stream().flatMap(item -> item.published().stream()).mapToLong(Instant::toEpochMilli)
                        .max().orElse(0);
                if (newest <= positions[feed]) {
                    continue;
                }
                FeedReader.Read read = reader.read(feedChannels.get(feed), url, parsed, positions[feed], NOW);
                batches.add(read.batch());
                positions[feed] = read.position();
                heard += read.items();
                groupItems += read.items();
                kept += read.matched();
            }
            if (!batches.isEmpty()) {
                cores.waiting(() -> store.ingestAll(workspaceId, batches));
                stored(groupItems);
            }
        }
        return new Counts(heard, kept, store);
    }

    /** The next line for a listener, which waits for one without its core. */
    private byte[] next(BlockingQueue<byte[]> lines) throws InterruptedException {
        byte[] ready = lines.poll();
        return ready != null ? ready : cores.waiting(lines::take);
    }

    private void stored(long events) {
        progress.accept(stored.addAndGet(events));
    }

    /** A listener's thread; what it failed with is rethrown where its result is asked for. */
    private static final class Listener<T> {

        interface Work<T> {
            T run() throws InterruptedException;
        }

        private final Thread thread;
        private final AtomicLong failed = new AtomicLong();
        private volatile T result;
        private volatile RuntimeException failure;

        /** The listener works on one of {@code cores}, and gives it back while it waits. */
        private Listener(String name, ListeningCores cores, Work<T> work) {
            this.thread = Thread.ofPlatform().name(name).unstarted(() -> {
                try {
                    result = cores.working(work::run);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failure = e;
                    failed.incrementAndGet();
                }
            });
        }

        static <T> Listener<T> start(String name, ListeningCores cores, Work<T> work) {
            Listener<T> listener = new Listener<>(name, cores, work);
            listener.thread.start();
            return listener;
        }

        /** Hands the listener a line, unless it has stopped on a failure. */
        void put(BlockingQueue<byte[]> queue, byte[] line) throws InterruptedException {
            while (failed.get() == 0 && !queue.offer(line, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    return;
                }
            }
        }

        T result() throws InterruptedException {
            thread.join();
            if (failure != null) {
                throw new IllegalStateException(thread.getName() + " failed: " + failure.getMessage(), failure);
            }
            return requireNonNull(result, thread.getName() + " gave no result");
        }
    }
}
