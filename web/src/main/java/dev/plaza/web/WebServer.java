package dev.plaza.web;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.identity.IdentitySettings;
import dev.plaza.atproto.moving.MigrationPlan;
import dev.plaza.core.PlazaException;
import dev.plaza.core.Store;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.web.api.Api;
import dev.plaza.web.auth.Access;
import dev.plaza.web.auth.AccessFilter;
import dev.plaza.web.auth.LoginThrottle;
import dev.plaza.web.auth.SessionCookie;
import dev.plaza.web.bluesky.BlueskyConnections;
import dev.plaza.web.bluesky.BlueskyExports;
import dev.plaza.web.bluesky.BlueskyMoving;
import dev.plaza.federation.actors.Profiles;
import dev.plaza.federation.moving.Moves;
import dev.plaza.federation.outbox.Publisher;
import dev.plaza.web.federation.FederationRoutes;
import dev.plaza.web.federation.FederationSettings;
import dev.plaza.web.auth.Sessions;
import dev.plaza.web.imports.ArchiveImporter;
import dev.plaza.web.imports.ImportJobs;
import dev.plaza.web.mastodon.MastodonConnections;
import dev.plaza.web.pages.Assets;
import dev.plaza.web.live.ConversationStream;
import dev.plaza.web.pages.PageRoutes;
import dev.plaza.web.pages.PageSupport;
import dev.plaza.web.pages.Templates;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import io.javalin.util.JavalinBindException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plaza's HTTP server: the web app, the REST API, {@code /healthz} and {@code /metrics}, on
 * virtual threads. Every route carries exactly one {@link Access}; a route without one stops the
 * server from being built.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final Duration SESSION_IDLE = Duration.ofHours(8);
    static final Duration SESSION_LIFETIME = Duration.ofDays(7);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    /** A whole repository or a video comes in one response, when a Bluesky account is exported or moved. */
    static final Duration REPOSITORY_TIMEOUT = Duration.ofMinutes(5);
    /** How many changes may wait for one inbox event stream before its client is dropped as too slow. */
    static final int INBOX_QUEUE = 256;

    private final WebSettings settings;
    private final ImportJobs imports;
    private final Javalin app;
    private final List<Route> routes;
    private final Publisher publisher;
    private final Moves moves;
    private final Profiles profiles;
    private final GuardedHttpClient blueskyHttp;
    private final GuardedHttpClient repositoryHttp;
    private final BlueskyMoving blueskyMoving;
    private final ConversationStream conversationStream;
    private volatile boolean started;

    public WebServer(Store store, WebSettings settings, PrometheusMeterRegistry metrics, ArchiveImporter importer) {
        this(store, settings, metrics, importer, FederationSettings.DEFAULT);
    }

    public WebServer(Store store, WebSettings settings, PrometheusMeterRegistry metrics, ArchiveImporter importer,
            FederationSettings federation) {
        this(store, settings, metrics, importer, federation, IdentitySettings.DEFAULT);
    }

    /** @param identity where atproto DIDs and handles are resolved (the PLC directory; a test's own in tests) */
    public WebServer(Store store, WebSettings settings, PrometheusMeterRegistry metrics, ArchiveImporter importer,
            FederationSettings federation, IdentitySettings identity) {
        requireNonNull(store, "store");
        requireNonNull(identity, "identity");
        requireNonNull(federation, "federation");
        this.settings = requireNonNull(settings, "settings");
        requireNonNull(metrics, "metrics");
        requireNonNull(importer, "importer");
        Clock clock = Clock.systemUTC();
        Sessions sessions = new Sessions(store.teamSessions(), clock, SESSION_IDLE, SESSION_LIFETIME);
        SessionCookie cookie = new SessionCookie(settings.secureCookies());
        // Read before anything is started, so that a bad certificate or key fails here with nothing to clean up.
        Optional<PemKeyStore.Loaded> tlsKeys = settings.tls().map(PemKeyStore::load);
        Templates templates = new Templates();
        PageSupport pages = new PageSupport(store, templates);
        this.conversationStream = new ConversationStream(store.conversationChanges(), INBOX_QUEUE);
        this.imports = new ImportJobs(importer);
        AccessFilter accessFilter = new AccessFilter(store, sessions, cookie, settings.publicBaseUrl());
        Errors errors = new Errors(pages, accessFilter);
        Operations operations = new Operations(store, metrics);
        FederationRoutes federationRoutes = new FederationRoutes(store, settings.publicBaseUrl(), templates, federation);
        this.blueskyHttp = new GuardedHttpClient(federation.outbound());
        this.repositoryHttp = new GuardedHttpClient(federation.outbound()
                .withMaxResponseBytes(MigrationPlan.DEFAULT_MAX_REPO_BYTES)
                .withTimeouts(federation.outbound().connectTimeout(), REPOSITORY_TIMEOUT));
        IdentityResolver identities = new IdentityResolver(blueskyHttp, identity, clock);
        BlueskyConnections bluesky = new BlueskyConnections(store, blueskyHttp, identities, clock);
        this.blueskyMoving = new BlueskyMoving(store, bluesky, repositoryHttp, identities);
        PageRoutes pageRoutes = new PageRoutes(pages, sessions, cookie, new LoginThrottle(clock), imports,
                federationRoutes.publisher(), federationRoutes.moves(), federationRoutes.blocking(), federationRoutes.profiles(),
                federationRoutes.relationships(), bluesky, blueskyMoving, new BlueskyExports(repositoryHttp, identities),
                new MastodonConnections(store, blueskyHttp, federation.outbound(), settings.publicBaseUrl(), clock), clock,
                conversationStream, settings.inboxHeartbeat());
        this.publisher = federationRoutes.publisher();
        this.moves = federationRoutes.moves();
        this.profiles = federationRoutes.profiles();
        this.app = Javalin.create(config -> {
            configureServer(config, metrics, tlsKeys);
            config.routes.before(SecurityHeaders::apply);
            config.routes.beforeMatched(accessFilter);
            errors.install(config.routes);
            config.routes.get("/healthz", operations::health, Access.PUBLIC);
            config.routes.get("/metrics", operations::metrics, Access.VIEWER);
            pageRoutes.addRoutes(config.routes);
            new Api(store, federationRoutes.publisher(), federationRoutes.moves(), federationRoutes.blocking(),
                    federationRoutes.profiles(), federationRoutes.relationships(), clock).addRoutes(config);
            federationRoutes.addRoutes(config.routes);
        });
        try {
            this.routes = routeTable(app);
        } catch (RuntimeException e) {
            imports.close();
            blueskyHttp.close();
            repositoryHttp.close();
            conversationStream.close();
            throw e;
        }
    }

    public WebServer start() {
        try {
            app.start(settings.host(), settings.port());
        } catch (JavalinBindException e) {
            throw new PlazaException(("port %d on %s is already in use (by another Plaza, or another program);"
                    + " stop that, or choose another port with PLAZA_PORT").formatted(settings.port(), settings.host()), e);
        }
        started = true;
        blueskyMoving.resumeAll();
        LOG.atInfo().addKeyValue("host", settings.host()).addKeyValue("port", port())
                .addKeyValue("tls", settings.tls().isPresent())
                .addKeyValue("routes", routes.size()).log("web server listening on {}:{}", settings.host(), port());
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Publishing as the workspaces' fediverse actors: what the Publish page and the API use. */
    public Publisher publisher() {
        return publisher;
    }

    /** Aliases, moves and list imports of the workspaces' fediverse actors: what Settings → Moving and the API use. */
    public Moves moves() {
        return moves;
    }

    /** Editing the workspaces' actors' profiles: what Settings → Profile and the API use. */
    public Profiles profiles() {
        return profiles;
    }

    /** Every HTTP route the server answers, with its access rule: pages, API, operations. */
    public List<Route> routes() {
        return routes;
    }

    /** Stops accepting connections, lets in-flight requests and running imports finish, then stops. */
    @Override
    public void close() {
        // Event streams never end on their own: end them first, or stopping waits for them.
        conversationStream.close();
        if (started) {
            app.stop();
            started = false;
        }
        imports.close();
        blueskyHttp.close();
        repositoryHttp.close();
    }

    private void configureServer(JavalinConfig config, PrometheusMeterRegistry metrics, Optional<PemKeyStore.Loaded> tlsKeys) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.concurrency.useVirtualThreads = true;
        config.http.prefer405over404 = true;
        config.router.ignoreTrailingSlashes = true;
        config.jsonMapper(Json.javalinMapper());
        config.jetty.multipartConfig.maxFileSize(8, SizeUnit.GB);
        config.jetty.multipartConfig.maxTotalRequestSize(8, SizeUnit.GB);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(STOP_TIMEOUT.toMillis());
            server.insertHandler(new GracefulHandler());
        });
        tlsKeys.ifPresent(keys -> config.jetty.addConnector((server, http) -> httpsConnector(server, http, keys)));
        config.requestLogger.http(new RequestMetrics(metrics));
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
            files.roles = Set.of(Access.PUBLIC);
            files.headers = Map.of("Cache-Control", "public, max-age=3600");
        });
        config.staticFiles.add(files -> {
            files.hostedPath = Assets.VENDOR_PATH;
            files.directory = "/META-INF/resources/webjars";
            files.location = Location.CLASSPATH;
            files.roles = Set.of(Access.PUBLIC);
            files.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
        });
    }

    /** Javalin adds its plain HTTP connector only when none is configured: this one takes its place. */
    private ServerConnector httpsConnector(Server server, HttpConfiguration http, PemKeyStore.Loaded keys) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(keys.store());
        ssl.setKeyStorePassword(keys.password());
        HttpConfiguration https = new HttpConfiguration(http);
        https.addCustomizer(new SecureRequestCustomizer());
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(https));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        return connector;
    }

    private static List<Route> routeTable(Javalin app) {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(WebServer::route)
                .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
                .toList();
    }

    private static Route route(Endpoint endpoint) {
        Roles roles = endpoint.metadata(Roles.class);
        Set<RouteRole> set = roles == null ? Set.of() : roles.getRoles();
        if (set.size() != 1 || !(set.iterator().next() instanceof Access access)) {
            throw new IllegalStateException("route %s %s must be registered with exactly one dev.plaza.web.auth.Access, has %s"
                    .formatted(endpoint.method.name(), endpoint.path, set));
        }
        return new Route(endpoint.method.name(), endpoint.path, access);
    }
}
