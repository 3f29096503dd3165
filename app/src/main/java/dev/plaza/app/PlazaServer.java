package dev.plaza.app;

import dev.plaza.app.config.PlazaConfig;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.channels.bluesky.VerifiedHandles;
import dev.plaza.channels.language.ProfileLanguageDetector;
import dev.plaza.channels.mastodon.api.GuardedStreamConnector;
import dev.plaza.channels.mastodon.api.MastodonSource;
import dev.plaza.channels.mastodon.api.Pacer;
import dev.plaza.channels.people.RelMeVerifier;
import dev.plaza.core.community.LanguageDetector;
import dev.plaza.core.ingest.GroupedStreamIngest;
import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.core.ingest.StreamIngest;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.delivery.DeliverySettings;
import dev.plaza.federation.delivery.DeliveryWorker;
import dev.plaza.insights.PlazaPostScorer;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.store.PlazaStore;
import dev.plaza.web.WebServer;
import dev.plaza.web.WebSettings;
import dev.plaza.web.federation.FederationSettings;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Plaza: the store, the web server, the federation delivery worker, the Bluesky
 * listeners, the feed poller and the Mastodon account listeners, wired together.
 * Closing it (or SIGTERM) stops the web server first, so requests in flight finish, then the
 * deliveries, then the store and its embedded database.
 */
public final class PlazaServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlazaServer.class);
    private static final Duration LISTENING_CHANNELS_CHECKED_EVERY = Duration.ofSeconds(30);
    private static final Duration MASTODON_STREAM_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLAIMS_CHECKED_EVERY = Duration.ofMinutes(10);
    private static final Duration POSTS_SCORED_EVERY = Duration.ofSeconds(2);
    private static final Duration ALERTS_CHECKED_EVERY = Duration.ofMinutes(1);
    private static final Duration LEADERS_RANKED_EVERY = Duration.ofHours(6);
    private static final Duration ENGAGEMENT_KEPT_EVERY = Duration.ofMinutes(10);
    private static final Duration CLAIMS_CHECKED_AGAIN_AFTER = Duration.ofDays(7);

    private final PlazaStore store;
    private final WebServer web;
    private final DeliveryWorker deliveries;
    private final GuardedHttpClient deliveryClient;
    private final BlueskyListening listening;
    private final FeedListening feeds;
    private final MastodonListening mastodon;
    private final ClaimChecks claims;
    private final ScoringWorker scoring;
    private final AlertWebhookSender alerts;
    private final PeriodicAnalyses analyses;
    private final JvmGcMetrics gcMetrics;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PlazaServer(PlazaStore store, WebServer web, DeliveryWorker deliveries, GuardedHttpClient deliveryClient,
                        BlueskyListening listening, FeedListening feeds, MastodonListening mastodon, ClaimChecks claims,
                        ScoringWorker scoring, AlertWebhookSender alerts, PeriodicAnalyses analyses, JvmGcMetrics gcMetrics) {
        this.store = store;
        this.web = web;
        this.deliveries = deliveries;
        this.deliveryClient = deliveryClient;
        this.listening = listening;
        this.feeds = feeds;
        this.mastodon = mastodon;
        this.claims = claims;
        this.scoring = scoring;
        this.alerts = alerts;
        this.analyses = analyses;
        this.gcMetrics = gcMetrics;
    }

    /** Starts the web server on an open store; the server owns the store from then on. */
    public static PlazaServer start(PlazaConfig config, PlazaStore store) {
        try {
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            JvmGcMetrics gc = new JvmGcMetrics();
            new JvmMemoryMetrics().bindTo(metrics);
            gc.bindTo(metrics);
            new JvmThreadMetrics().bindTo(metrics);
            new ClassLoaderMetrics().bindTo(metrics);
            new ProcessorMetrics().bindTo(metrics);
            new UptimeMetrics().bindTo(metrics);
            WebSettings settings = new WebSettings(config.host(), config.port(), config.publicUrl().toString(),
                    config.secureCookies());
            WebServer web = new WebServer(store, settings, metrics, new ArchiveImports(store),
                    federationSettings(config)).start();
            GuardedHttpClient deliveryClient = new GuardedHttpClient(GuardSettings.DEFAULT);
            DeliveryWorker deliveries = new DeliveryWorker(store.deliveryJobs(), store.localActors(),
                    ActorUris.of(config.publicUrl().toString()), deliveryClient,
                    deliverySettings(config), Clock.systemUTC(), new DeliveryMetrics(metrics));
            deliveries.start();
            IdentityResolver identities = new IdentityResolver(deliveryClient, IdentitySettings.DEFAULT, Clock.systemUTC());
            LanguageDetector languages = ProfileLanguageDetector.loadBuiltIn();
            // the Bluesky and feed listeners of a workspace store through one writer: batches waiting at once share a transaction
            StreamIngest streams = new GroupedStreamIngest(store.streams());
            // and read on all cores but one, which that writer and PostgreSQL behind it keep
            ListeningCores cores = ListeningCores.ofThisMachine();
            BlueskyListening listening = new BlueskyListening(store, deliveryClient, new VerifiedHandles(identities),
                    BlueskyListening::brandDids, languages, streams, cores, LISTENING_CHANNELS_CHECKED_EVERY, metrics).start();
            FeedListening feeds = new FeedListening(store, deliveryClient, languages, streams, cores, Clock.systemUTC(),
                    LISTENING_CHANNELS_CHECKED_EVERY, metrics).start();
            MastodonListening mastodon = new MastodonListening(store, deliveryClient,
                    new GuardedStreamConnector(deliveryClient, MASTODON_STREAM_CONNECT_TIMEOUT), MastodonSource.Settings.DEFAULT,
                    Pacer::system, languages, Clock.systemUTC(), LISTENING_CHANNELS_CHECKED_EVERY, metrics).start();
            ClaimChecks claims = new ClaimChecks(store, new RelMeVerifier(deliveryClient), Clock.systemUTC(),
                    CLAIMS_CHECKED_EVERY, CLAIMS_CHECKED_AGAIN_AFTER).start();
            ScoringWorker scoring = new ScoringWorker(store.scoring(), PlazaPostScorer.builtIn(), POSTS_SCORED_EVERY, metrics).start();
            AlertWebhookSender alerts = new AlertWebhookSender(store, deliveryClient, config.publicUrl(), Clock.systemUTC(),
                    ALERTS_CHECKED_EVERY).start();
            PeriodicAnalyses analyses = new PeriodicAnalyses(new LeaderRankings(store, Clock.systemUTC(), LEADERS_RANKED_EVERY).start(),
                    new EngagementRollups(store, Clock.systemUTC(), ENGAGEMENT_KEPT_EVERY).start());
            PlazaServer server = new PlazaServer(store, web, deliveries, deliveryClient, listening, feeds, mastodon, claims,
                    scoring, alerts, analyses, gc);
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("plaza-shutdown").unstarted(server::close));
            return server;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** How the web server federates: signed fetches required or not, as configured. */
    static FederationSettings federationSettings(PlazaConfig config) {
        return FederationSettings.DEFAULT.withRequireSignedFetch(config.requireSignedFetch());
    }

    /** How the delivery worker drains the queue: dead-lettering after the configured time. */
    static DeliverySettings deliverySettings(PlazaConfig config) {
        return DeliverySettings.DEFAULT.withDeadAfter(config.deliveryDeadAfter());
    }

    public int port() {
        return web.port();
    }

    public PlazaStore store() {
        return store;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("shutting down");
        try {
            web.close();
            deliveries.close(); // unsent claimed jobs go back to the queue for the next start
            listening.close(); // what was heard and not yet stored is heard again from the stored position
            feeds.close(); // a poll cut short is made again: its feed's state was not stored
            mastodon.close(); // each timeline resumes from the position stored with its last batch
            claims.close(); // a check cut short is made again: its addresses stay due
            scoring.close();
            alerts.close(); // an alert not yet taken by its receiver is sent at the next start
            analyses.close();
            deliveryClient.close();
        } finally {
            gcMetrics.close();
            store.close();
        }
        LOG.info("stopped");
    }
}
