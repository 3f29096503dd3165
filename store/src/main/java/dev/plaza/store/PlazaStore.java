package dev.plaza.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.plaza.core.Store;
import dev.plaza.core.activity.Activities;
import dev.plaza.core.advocacy.Advocates;
import dev.plaza.core.alerts.AlertWebhooks;
import dev.plaza.core.alerts.Alerts;
import dev.plaza.core.activity.Conversations;
import dev.plaza.core.activity.ConversationChanges;
import dev.plaza.core.activity.InboxNotes;
import dev.plaza.core.activity.SavedViews;
import dev.plaza.core.actors.Follows;
import dev.plaza.core.publishing.Publishing;
import dev.plaza.core.reports.Reports;
import dev.plaza.core.actors.LocalActors;
import dev.plaza.core.blocks.Blocks;
import dev.plaza.core.bluesky.AtprotoSessions;
import dev.plaza.core.bluesky.BlueskyAccounts;
import dev.plaza.core.mastodon.MastodonAccounts;
import dev.plaza.core.feeds.FeedSources;
import dev.plaza.core.bluesky.BlueskyMoves;
import dev.plaza.core.community.Channels;
import dev.plaza.core.community.Communities;
import dev.plaza.core.community.Goals;
import dev.plaza.core.community.Workspaces;
import dev.plaza.core.delivery.DeliveryJobs;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.core.ingest.Ingest;
import dev.plaza.core.ingest.StreamIngest;
import dev.plaza.core.engagement.Engagement;
import dev.plaza.core.measures.Measures;
import dev.plaza.core.moving.Moving;
import dev.plaza.core.people.IdentityLinks;
import dev.plaza.core.people.People;
import dev.plaza.core.leaders.Leaders;
import dev.plaza.core.relationships.Relationships;
import dev.plaza.core.search.Search;
import dev.plaza.core.scoring.ScoringQueue;
import dev.plaza.core.sentiment.Sentiments;
import dev.plaza.core.secrets.SecretBox;
import dev.plaza.core.team.ApiTokens;
import dev.plaza.core.team.Team;
import dev.plaza.core.team.TeamSessions;
import dev.plaza.core.wordofmouth.WordOfMouth;
import dev.plaza.store.embedded.EmbeddedPostgres;
import dev.plaza.store.embedded.EmbeddedSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plaza's store on PostgreSQL: embedded by default, external by URL, migrated on open. */
public final class PlazaStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(PlazaStore.class);
    static final String EMBEDDED_DATABASE = "plaza";
    /** Ids a sequence hands the store at a time: one round trip for that many new rows. */
    private static final int IDS_PER_BLOCK = 1_000;

    private final HikariDataSource dataSource;
    private final List<AutoCloseable> onClose;
    private final Workspaces workspaces;
    private final Goals goals;
    private final Channels channels;
    private final Communities communities;
    private final People people;
    private final IdentityLinks identityLinks;
    private final Activities activities;
    private final Search search;
    private final Conversations conversations;
    private final InboxNotes inboxNotes;
    private final SavedViews savedViews;
    private final Team team;
    private final ApiTokens apiTokens;
    private final TeamSessions teamSessions;
    private final PgLocalActors localActors;
    private final Moving moving;
    private final Follows follows;
    private final Blocks blocks;
    private final Reports reports;
    private final PgMeasures measures;
    private final Engagement engagement;
    private final Sentiments sentiments;
    private final ScoringQueue scoring;
    private final Advocates advocates;
    private final WordOfMouth wordOfMouth;
    private final Alerts alerts;
    private final AlertWebhooks alertWebhooks;
    private final Relationships relationships;
    private final Leaders leaders;
    private final Publishing publishing;
    private final BlueskyAccounts blueskyAccounts;
    private final MastodonAccounts mastodonAccounts;
    private final AtprotoSessions atprotoSessions;
    private final BlueskyMoves blueskyMoves;
    private final PgIngest ingest;
    private final FeedSources feedSources;
    private final DeliveryQueue deliveries;
    private final DeliveryJobs deliveryJobs;
    private final QueueSignal queueSignal;
    private final ConversationSignal conversationSignal;
    private final DatabaseListener listener;

    private PlazaStore(HikariDataSource dataSource, SecretBox secrets, List<AutoCloseable> onClose) {
        this.dataSource = dataSource;
        this.onClose = onClose;
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        this.workspaces = new PgWorkspaces(jdbi);
        this.goals = new PgGoals(jdbi);
        this.channels = new PgChannels(jdbi, secrets);
        StoreCaches caches = new StoreCaches();
        IdBlocks ids = new IdBlocks(IDS_PER_BLOCK);
        this.communities = new PgCommunities(jdbi, caches.domainBlocks);
        this.people = new PgPeople(jdbi);
        this.identityLinks = new PgIdentityLinks(jdbi);
        this.activities = new PgActivities(jdbi);
        this.search = new PgSearch(jdbi);
        this.conversations = new PgConversations(jdbi);
        this.inboxNotes = new PgInboxNotes(jdbi);
        this.savedViews = new PgSavedViews(jdbi);
        this.team = new PgTeam(jdbi);
        this.apiTokens = new PgApiTokens(jdbi);
        this.teamSessions = new PgTeamSessions(jdbi);
        this.localActors = new PgLocalActors(jdbi, secrets, caches.localActors);
        this.moving = new PgMoving(jdbi, localActors, ids);
        this.follows = new PgFollows(jdbi, caches.followingOf);
        this.blocks = new PgBlocks(jdbi, caches);
        this.reports = new PgReports(jdbi);
        this.measures = new PgMeasures(jdbi);
        this.sentiments = new PgSentiments(jdbi, measures);
        this.scoring = new PgScoringQueue(jdbi);
        this.advocates = new PgAdvocates(jdbi, measures);
        this.wordOfMouth = new PgWordOfMouth(jdbi);
        this.engagement = new PgEngagement(jdbi);
        this.alerts = new PgAlerts(jdbi, sentiments);
        this.alertWebhooks = new PgAlertWebhooks(jdbi);
        this.relationships = new PgRelationships(jdbi);
        this.leaders = new PgLeaders(jdbi);
        this.publishing = new PgPublishing(jdbi, ids);
        this.blueskyAccounts = new PgBlueskyAccounts(jdbi, secrets);
        this.mastodonAccounts = new PgMastodonAccounts(jdbi, secrets);
        this.atprotoSessions = new PgAtprotoSessions(jdbi, secrets);
        this.blueskyMoves = new PgBlueskyMoves(jdbi, secrets);
        this.ingest = new PgIngest(jdbi, caches, ids);
        this.feedSources = new PgFeedSources(jdbi, ingest);
        this.deliveries = new PgDeliveryQueue(jdbi);
        this.queueSignal = new QueueSignal();
        this.deliveryJobs = new PgDeliveryJobs(jdbi, queueSignal);
        this.conversationSignal = new ConversationSignal();
        this.listener = new DatabaseListener(dataSource, Map.of(QueueSignal.CHANNEL, payload -> queueSignal.signal(),
                StoreCaches.CHANNEL, caches::changed, ConversationSignal.CHANNEL, conversationSignal::heard));
    }

    /** Opens the configured database (starting the embedded server if no URL is set) and migrates it. */
    public static PlazaStore open(StoreSettings settings) {
        SecretBox secrets = new SecretBox(settings.secretKey());
        if (settings.databaseUrl().isPresent()) {
            String url = settings.databaseUrl().get();
            return onJdbcUrl(DatabaseUrl.toJdbc(url), DatabaseUrl.redact(url), secrets, List.of());
        }
        EmbeddedPostgres server = EmbeddedPostgres.start(EmbeddedSettings.underHome(settings.home()));
        try {
            if (!server.databaseExists(EMBEDDED_DATABASE)) {
                server.createDatabase(EMBEDDED_DATABASE);
            }
            return onJdbcUrl(server.jdbcUrl(EMBEDDED_DATABASE), "embedded " + server.dataDir(), secrets, List.of(server));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** A store on a database the caller runs; {@code onClose} is closed after the pool, in order. */
    public static PlazaStore onJdbcUrl(String jdbcUrl, String description, SecretBox secrets, List<AutoCloseable> onClose) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("plaza");
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(15_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the database (%s): %s".formatted(description, rootMessage(e)), e);
        }
        try {
            migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        LOG.info("store ready on {}", description);
        return new PlazaStore(dataSource, secrets, new ArrayList<>(onClose));
    }

    private static void migrate(DataSource dataSource) {
        try {
            var result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .failOnMissingLocations(true).load().migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("applied {} database migration(s); schema is at version {}", result.migrationsExecuted,
                        result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new StoreException("database migration failed: " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Workspaces workspaces() {
        return workspaces;
    }

    @Override
    public Goals goals() {
        return goals;
    }

    @Override
    public Channels channels() {
        return channels;
    }

    @Override
    public Communities communities() {
        return communities;
    }

    @Override
    public People people() {
        return people;
    }

    @Override
    public IdentityLinks identityLinks() {
        return identityLinks;
    }

    @Override
    public Activities activities() {
        return activities;
    }

    @Override
    public Search search() {
        return search;
    }

    @Override
    public Engagement engagement() {
        return engagement;
    }

    @Override
    public Measures measures() {
        return measures;
    }

    @Override
    public Sentiments sentiments() {
        return sentiments;
    }

    @Override
    public ScoringQueue scoring() {
        return scoring;
    }

    @Override
    public Advocates advocates() {
        return advocates;
    }

    @Override
    public WordOfMouth wordOfMouth() {
        return wordOfMouth;
    }

    @Override
    public Alerts alerts() {
        return alerts;
    }

    @Override
    public AlertWebhooks alertWebhooks() {
        return alertWebhooks;
    }

    @Override
    public Relationships relationships() {
        return relationships;
    }

    @Override
    public Leaders leaders() {
        return leaders;
    }

    @Override
    public Conversations conversations() {
        return conversations;
    }

    @Override
    public ConversationChanges conversationChanges() {
        return conversationSignal::subscribe;
    }

    @Override
    public InboxNotes inboxNotes() {
        return inboxNotes;
    }

    @Override
    public SavedViews savedViews() {
        return savedViews;
    }

    @Override
    public BlueskyAccounts blueskyAccounts() {
        return blueskyAccounts;
    }

    @Override
    public MastodonAccounts mastodonAccounts() {
        return mastodonAccounts;
    }

    @Override
    public AtprotoSessions atprotoSessions() {
        return atprotoSessions;
    }

    @Override
    public BlueskyMoves blueskyMoves() {
        return blueskyMoves;
    }

    @Override
    public Team team() {
        return team;
    }

    @Override
    public ApiTokens apiTokens() {
        return apiTokens;
    }

    @Override
    public TeamSessions teamSessions() {
        return teamSessions;
    }

    @Override
    public LocalActors localActors() {
        return localActors;
    }

    @Override
    public Follows follows() {
        return follows;
    }

    @Override
    public Blocks blocks() {
        return blocks;
    }

    @Override
    public Reports reports() {
        return reports;
    }

    @Override
    public Publishing publishing() {
        return publishing;
    }

    @Override
    public Ingest ingest() {
        return ingest;
    }

    @Override
    public StreamIngest streams() {
        return ingest;
    }

    @Override
    public FeedSources feedSources() {
        return feedSources;
    }

    @Override
    public Moving moving() {
        return moving;
    }

    @Override
    public DeliveryQueue deliveries() {
        return deliveries;
    }

    @Override
    public DeliveryJobs deliveryJobs() {
        return deliveryJobs;
    }

    @Override
    public boolean healthy() {
        if (dataSource.isClosed()) {
            return false;
        }
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /** Closes the pool, then stops the embedded server if this store started one. */
    @Override
    public void close() {
        listener.close();
        queueSignal.close();
        dataSource.close();
        for (AutoCloseable closeable : onClose) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("error while closing {}: {}", closeable, e.getMessage());
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return Optional.ofNullable(root.getMessage()).orElse(root.getClass().getSimpleName());
    }
}
