package dev.plaza.app;

import dev.plaza.channels.mastodon.Acct;
import dev.plaza.channels.mastodon.api.MastodonReader;
import dev.plaza.channels.mastodon.api.MastodonSource;
import dev.plaza.channels.mastodon.api.Pacer;
import dev.plaza.channels.mastodon.api.StreamConnector;
import dev.plaza.channels.mastodon.api.Timeline;
import dev.plaza.core.Store;
import dev.plaza.core.community.Channel;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.LanguageDetector;
import dev.plaza.core.mastodon.MastodonAccount;
import dev.plaza.net.GuardedHttpClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens through every Mastodon account a workspace connected (Settings → Mastodon): its mentions, its home
 * timeline and a hashtag timeline per goal hashtag, and stores what belongs to the workspace's community. It looks
 * at the accounts again every {@code every}, so accounts connected, paused, resumed or removed, and hashtags added
 * to the goal, start or stop listening without a restart; each look reports how each account goes to its channel.
 * An account whose token the instance refused (401) keeps the error and is not listened to again until it is
 * connected again with a new token. Counts per account are in /metrics as {@code plaza.mastodon.*}.
 */
final class MastodonListening implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MastodonListening.class);

    /** One connected account's channel, as listened to with one token. */
    private record Key(long workspaceId, long channelId) {
    }

    /** A listener, its progress and gauges, and the token it listens with. */
    private record Running(MastodonAccountListener listener, MastodonProgress progress, MastodonMetrics metrics,
                           StatusReports reports, String token) {
        void close() {
            metrics.remove();
            listener.close();
        }
    }

    private final Store store;
    private final GuardedHttpClient http;
    private final StreamConnector connector;
    private final MastodonSource.Settings settings;
    private final Supplier<Pacer> pacers;
    private final LanguageDetector languages;
    private final Clock clock;
    private final Duration every;
    private final MeterRegistry metrics;
    private final Map<Key, Running> running = new HashMap<>();
    private final Map<Key, String> refusedTokens = new HashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;

    /** @param pacers a pacer for each account: instances count their rate limits per account */
    MastodonListening(Store store, GuardedHttpClient http, StreamConnector connector, MastodonSource.Settings settings,
                      Supplier<Pacer> pacers, Clock clock, Duration every, MeterRegistry metrics) {
        this(store, http, connector, settings, pacers, LanguageDetector.none(), clock, every, metrics);
    }

    /** As above, with {@code languages} telling the language of statuses that declare none. */
    MastodonListening(Store store, GuardedHttpClient http, StreamConnector connector, MastodonSource.Settings settings,
                      Supplier<Pacer> pacers, LanguageDetector languages, Clock clock, Duration every, MeterRegistry metrics) {
        this.store = store;
        this.languages = languages;
        this.http = http;
        this.connector = connector;
        this.settings = settings;
        this.pacers = pacers;
        this.clock = clock;
        this.every = every;
        this.metrics = metrics;
        this.thread = Thread.ofVirtual().name("mastodon-listening").unstarted(this::run);
    }

    MastodonListening start() {
        thread.start();
        return this;
    }

    private void run() {
        Repeating.until(stopped, every, this::reconcile,
                e -> LOG.warn("could not look at the connected Mastodon accounts: {}", e.getMessage()));
    }

    synchronized void reconcile() {
        if (stopped.getCount() == 0) {
            return;
        }
        running.entrySet().removeIf(entry -> {
            if (entry.getValue().listener().refused()) {
                refusedTokens.put(entry.getKey(), entry.getValue().token());
                entry.getValue().close();
                return true;
            }
            return false;
        });
        Map<Key, Wanted> wanted = wanted();
        running.entrySet().removeIf(entry -> {
            Key key = entry.getKey();
            Running listening = entry.getValue();
            Wanted want = wanted.get(key);
            if (want != null && want.token().equals(listening.token())
                    && want.timelines().equals(listening.listener().timelines())) {
                return false;
            }
            LOG.info("stopped listening through Mastodon channel {} of workspace {}", key.channelId(), key.workspaceId());
            listening.close();
            return true;
        });
        wanted.forEach((key, want) -> {
            if (!running.containsKey(key)) {
                running.put(key, listen(want));
            }
        });
        running.forEach((key, listening) -> report(key, listening));
    }

    /** An account to listen through, with its token and the timelines to follow. */
    private record Wanted(MastodonAccount account, String token, List<Timeline> timelines) {
    }

    private Map<Key, Wanted> wanted() {
        Map<Key, Wanted> wanted = new LinkedHashMap<>();
        Map<Long, List<Timeline>> timelines = new HashMap<>();
        for (MastodonAccount account : store.mastodonAccounts().all()) {
            Key key = new Key(account.workspaceId(), account.channelId());
            Optional<Channel> channel = store.channels().find(account.workspaceId(), account.channelId());
            Optional<String> token = store.mastodonAccounts().accessToken(account.workspaceId(), account.channelId());
            if (channel.isEmpty() || channel.get().paused() || token.isEmpty()) {
                continue;
            }
            if (token.get().equals(refusedTokens.get(key))) {
                continue;
            }
            refusedTokens.remove(key);
            wanted.put(key, new Wanted(account, token.get(), timelines.computeIfAbsent(account.workspaceId(), this::timelines)));
        }
        return wanted;
    }

    /** Mentions, home, and a hashtag timeline per hashtag of the workspace's goal. */
    private List<Timeline> timelines(long workspaceId) {
        List<Timeline> timelines = new ArrayList<>(List.of(Timeline.mentions(), Timeline.home()));
        Set<String> tags = new HashSet<>();
        for (String hashtag : store.goals().of(workspaceId).hashtags()) {
            try {
                Timeline tag = Timeline.tag(hashtag);
                if (tags.add(tag.name())) {
                    timelines.add(tag);
                }
            } catch (IllegalArgumentException e) {
                LOG.info("workspace {}: not following the hashtag {} on Mastodon: {}", workspaceId, hashtag, e.getMessage());
            }
        }
        return List.copyOf(timelines);
    }

    private Running listen(Wanted want) {
        MastodonAccount account = want.account();
        long workspaceId = account.workspaceId();
        LOG.info("listening through {} for workspace {}", account.handle(), workspaceId);
        MastodonProgress progress = new MastodonProgress(clock);
        StatusReports reports = new StatusReports(clock);
        MastodonReader reader = new MastodonReader(() -> GoalMatcher.of(store.goals().of(workspaceId),
                brandAccounts(store, workspaceId), languages));
        Key key = new Key(workspaceId, account.channelId());
        MastodonAccountListener listener = new MastodonAccountListener(store, http, new ClosingStreams(connector), settings,
                pacers.get(), account, want.token(), want.timelines(), reader, progress,
                () -> store.channels().report(workspaceId, key.channelId(), reports.of(progress)));
        Running listening = new Running(listener, progress, new MastodonMetrics(metrics, workspaceId, account.acct(), progress),
                reports, want.token());
        report(key, listening);
        listener.start();
        return listening;
    }

    private void report(Key key, Running listening) {
        try {
            store.channels().report(key.workspaceId(), key.channelId(), listening.reports().of(listening.progress()));
        } catch (RuntimeException e) {
            LOG.warn("could not keep the status of Mastodon channel {} of workspace {}: {}", key.channelId(),
                    key.workspaceId(), e.getMessage());
        }
    }

    /**
     * The workspace's own Mastodon accounts, as the reader knows identities: by actor URI, and by {@code acct:} URI
     * (how mentions name accounts); whatever points at them belongs to the community.
     */
    static Set<String> brandAccounts(Store store, long workspaceId) {
        Set<String> ids = new HashSet<>();
        for (MastodonAccount account : store.mastodonAccounts().list(workspaceId)) {
            ids.add(account.actorUri());
            Acct.parse(account.acct()).ifPresent(acct -> ids.add(acct.stableId()));
        }
        return Set.copyOf(ids);
    }

    @Override
    public synchronized void close() {
        stopped.countDown();
        running.values().forEach(Running::close);
        running.clear();
        connector.close();
    }
}
