package dev.plaza.app;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.jetstream.JetstreamListener;
import dev.plaza.atproto.listening.FirehoseListener;
import dev.plaza.atproto.listening.ListeningStatus;
import dev.plaza.channels.bluesky.FirehoseIntake;
import dev.plaza.channels.bluesky.HandleLookup;
import dev.plaza.channels.bluesky.JetstreamIntake;
import dev.plaza.channels.bluesky.StreamReader;
import dev.plaza.core.Store;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.LanguageDetector;
import dev.plaza.core.community.Platform;
import dev.plaza.core.community.Workspace;
import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.core.ingest.StreamIngest;
import dev.plaza.net.GuardedHttpClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to every Bluesky firehose or Jetstream a workspace added as a listening channel (Settings →
 * Channels: platform Bluesky, kind listening, the host's URL as handle: {@code wss://bsky.network} for a
 * relay's firehose, {@code wss://jetstream2.us-east.bsky.network/subscribe} for a Jetstream), and stores
 * what belongs to the workspace's community. It looks at the channels again every
 * {@code every}, so channels added, removed, paused or resumed start or stop listening without a
 * restart; each listener resumes from the position stored with its workspace's last batch, and
 * reports how it goes to its channel at each look.
 */
final class BlueskyListening implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BlueskyListening.class);

    /** A listener of one workspace on one host. */
    private record Source(long workspaceId, URI host) {

        /** Jetstream hosts serve their stream at /subscribe; firehose hosts at /xrpc/com.atproto.sync.subscribeRepos. */
        boolean jetstream() {
            return host.getPath() != null && host.getPath().endsWith(JETSTREAM_PATH);
        }
    }

    /** A running listener of either kind, its gauges, and the channel it reports to. */
    private record Running(long channelId, AutoCloseable listener, Supplier<ListeningStatus> status,
                           ListeningMetrics metrics, StatusReports reports) {

        void report(Store store, long workspaceId) {
            store.channels().report(workspaceId, channelId, reports.of(status.get()));
        }

        void close() {
            metrics.remove();
            try {
                listener.close();
            } catch (Exception e) {
                LOG.warn("a listener did not close cleanly: {}", e.getMessage());
            }
        }
    }

    private static final String JETSTREAM_PATH = "/subscribe";

    private final Store store;
    private final GuardedHttpClient http;
    private final HandleLookup handles;
    private final LanguageDetector languages;
    private final StreamIngest streams;
    private final ListeningCores cores;
    private final BiFunction<Store, Long, Set<String>> brandAccounts;
    private final Duration every;
    private final MeterRegistry metrics;
    private final Map<Source, Running> running = new HashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;

    /** {@code brandAccounts} names the DIDs of a workspace's own Bluesky accounts: whatever points at them belongs. */
    BlueskyListening(Store store, GuardedHttpClient http, HandleLookup handles,
                     BiFunction<Store, Long, Set<String>> brandAccounts, Duration every, MeterRegistry metrics) {
        this(store, http, handles, brandAccounts, LanguageDetector.none(), store.streams(), ListeningCores.unlimited(), every,
                metrics);
    }

    /**
     * As above, with {@code languages} telling the language of posts that declare none, {@code streams}
     * where the listeners store what they keep and {@code cores} the cores they read on (both shared with the
     * server's other listeners).
     */
    BlueskyListening(Store store, GuardedHttpClient http, HandleLookup handles,
                     BiFunction<Store, Long, Set<String>> brandAccounts, LanguageDetector languages, StreamIngest streams,
                     ListeningCores cores, Duration every, MeterRegistry metrics) {
        this.store = store;
        this.languages = languages;
        this.streams = streams;
        this.cores = cores;
        this.http = http;
        this.handles = handles;
        this.brandAccounts = brandAccounts;
        this.every = every;
        this.metrics = metrics;
        this.thread = Thread.ofVirtual().name("bluesky-listening").unstarted(this::run);
    }

    BlueskyListening start() {
        thread.start();
        return this;
    }

    /** The status of each running listener, by workspace and host. */
    synchronized Map<String, ListeningStatus> status() {
        return running.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().workspaceId() + " " + e.getKey().host(), e -> e.getValue().status().get()));
    }

    private void run() {
        Repeating.until(stopped, every, this::reconcile,
                e -> LOG.warn("could not look at the listening channels: {}", e.getMessage()));
    }

    synchronized void reconcile() {
        if (stopped.getCount() == 0) {
            return;
        }
        Map<Source, Long> wanted = new HashMap<>();
        for (Workspace workspace : store.workspaces().list()) {
            for (Channel channel : store.channels().list(workspace.id())) {
                if (channel.isStream() && !channel.paused()) {
                    host(channel).ifPresent(host -> wanted.putIfAbsent(new Source(workspace.id(), host), channel.id()));
                }
            }
        }
        running.keySet().removeIf(source -> {
            if (wanted.containsKey(source)) {
                return false;
            }
            LOG.info("stopped listening to {} for workspace {}", source.host(), source.workspaceId());
            running.get(source).close();
            return true;
        });
        wanted.forEach((source, channelId) -> {
            if (!running.containsKey(source)) {
                try {
                    running.put(source, listen(source, channelId));
                } catch (AtprotoException e) {
                    LOG.warn("cannot listen to {} for workspace {}: {}", source.host(), source.workspaceId(), e.getMessage());
                    store.channels().report(source.workspaceId(), channelId, new StatusReports().failed(e.getMessage()));
                }
            }
        });
        running.forEach((source, listener) -> {
            try {
                listener.report(store, source.workspaceId());
            } catch (RuntimeException e) {
                LOG.warn("could not keep the status of {} for workspace {}: {}", source.host(), source.workspaceId(),
                        e.getMessage());
            }
        });
    }

    private Running listen(Source source, long channelId) {
        long workspaceId = source.workspaceId();
        StreamReader reader = new StreamReader(() -> GoalMatcher.of(store.goals().of(workspaceId),
                brandAccounts.apply(store, workspaceId), languages));
        LOG.info("listening to {} for workspace {}", source.host(), workspaceId);
        if (source.jetstream()) {
            JetstreamIntake intake = new JetstreamIntake(streams, cores, workspaceId, JetstreamIntake.streamName(source.host()),
                    reader, handles);
            JetstreamListener listener = JetstreamListener.builder(source.host(), intake, http).filter(JetstreamIntake.WANTED)
                    .cores(cores).start();
            return running(source, channelId, listener, listener::status);
        }
        FirehoseIntake intake = new FirehoseIntake(streams, cores, workspaceId, FirehoseIntake.streamName(source.host()), reader,
                handles);
        FirehoseListener listener = FirehoseListener.builder(source.host(), intake, http).cores(cores).start();
        return running(source, channelId, listener, listener::status);
    }

    private Running running(Source source, long channelId, AutoCloseable listener, Supplier<ListeningStatus> status) {
        return new Running(channelId, listener, status,
                new ListeningMetrics(metrics, source.workspaceId(), source.host().toString(), status), new StatusReports());
    }

    /** A listening channel's handle is the firehose host's URL; any other handle names no host. */
    private static Optional<URI> host(Channel channel) {
        if (!channel.isStream()) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(channel.handle().strip()));
        } catch (IllegalArgumentException e) {
            LOG.warn("listening channel {} names no firehose host: {}", channel.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The workspace's own Bluesky accounts: the one connected in Settings → Bluesky, and owned channels
     * whose handle is a DID (a repository import adds one).
     */
    static Set<String> brandDids(Store store, long workspaceId) {
        Set<String> dids = new HashSet<>();
        store.blueskyAccounts().find(workspaceId).ifPresent(account -> dids.add(account.did()));
        store.channels().list(workspaceId).stream()
                .filter(c -> c.platform() == Platform.BLUESKY && c.kind() == ChannelKind.OWNED && c.handle().startsWith("did:"))
                .forEach(c -> dids.add(c.handle()));
        return Set.copyOf(dids);
    }

    @Override
    public synchronized void close() {
        stopped.countDown();
        running.values().forEach(Running::close);
        running.clear();
    }
}
