package dev.plaza.web.pages;

import static dev.plaza.web.auth.Access.MANAGER;
import static dev.plaza.web.auth.Access.OWNER;
import static dev.plaza.web.auth.Access.PUBLIC;
import static dev.plaza.web.auth.Access.VIEWER;

import dev.plaza.web.auth.LoginThrottle;
import dev.plaza.federation.blocks.Blocking;
import dev.plaza.federation.actors.Profiles;
import dev.plaza.federation.follows.Relationships;
import dev.plaza.federation.moving.Moves;
import dev.plaza.federation.outbox.Publisher;
import dev.plaza.web.auth.SessionCookie;
import dev.plaza.web.bluesky.BlueskyConnections;
import dev.plaza.web.bluesky.BlueskyExports;
import dev.plaza.web.bluesky.BlueskyMoving;
import dev.plaza.web.auth.Sessions;
import dev.plaza.web.imports.ImportJobs;
import dev.plaza.web.bluesky.BlueskyPosting;
import dev.plaza.web.live.ConversationStream;
import dev.plaza.web.mastodon.MastodonConnections;
import io.javalin.config.RoutesConfig;
import java.time.Duration;
import java.util.List;
import java.time.Clock;

/** The web app's route table: every page and form, each with the one role it needs. */
public final class PageRoutes {

    private final LoginPage login;
    private final OverviewPage overview;
    private final PeoplePages people;
    private final SuggestionPages suggestions;
    private final SearchPage search;
    private final ConversationPages conversations;
    private final InboxEvents inboxEvents;
    private final CommunitiesPage communities;
    private final ScopePage scopes;
    private final ActivitiesPage activities;
    private final ActivityLogPage activityLog;
    private final EngagementPage engagement;
    private final MonthlyReportPage monthly;
    private final AdvocatesPage advocates;
    private final LeadersPage leaders;
    private final GoalSettings goal;
    private final ChannelSettings channels;
    private final TeamSettings team;
    private final TokenSettings tokens;
    private final ImportSettings imports;
    private final DeliverySettings deliveries;
    private final BlockSettings blocks;
    private final FediverseSettings fediverse;
    private final BlueskySettings bluesky;
    private final BlueskyMoveSettings blueskyMove;
    private final MastodonSettings mastodon;
    private final PublishPages publish;
    private final MovingSettings moving;
    private final ReportSettings reports;
    private final ProfileSettings profile;

    public PageRoutes(PageSupport pages, Sessions sessions, SessionCookie cookie, LoginThrottle throttle,
            ImportJobs jobs, Publisher publisher, Moves moves, Blocking blocking, Profiles profiles, Relationships relationships,
            BlueskyConnections blueskyConnections, BlueskyMoving blueskyMoving, BlueskyExports blueskyExports,
            MastodonConnections mastodonConnections, Clock clock, ConversationStream conversationStream, Duration heartbeat) {
        this.inboxEvents = new InboxEvents(conversationStream, heartbeat);
        this.login = new LoginPage(pages, sessions, cookie, throttle);
        this.overview = new OverviewPage(pages);
        this.people = new PeoplePages(pages);
        this.suggestions = new SuggestionPages(pages);
        this.search = new SearchPage(pages);
        BlueskyPosting blueskyPosting = new BlueskyPosting(blueskyConnections);
        this.conversations = new ConversationPages(pages, new Replies(pages.store().conversations(), List.of(
                new FediverseReplier(pages.store(), publisher, new MastodonReplies(pages.store(), mastodonConnections)),
                new BlueskyReplier(pages.store(), blueskyConnections, blueskyPosting))));
        this.communities = new CommunitiesPage(pages);
        this.scopes = new ScopePage(pages);
        this.activities = new ActivitiesPage(pages);
        this.activityLog = new ActivityLogPage(pages);
        this.engagement = new EngagementPage(pages);
        this.monthly = new MonthlyReportPage(pages);
        this.advocates = new AdvocatesPage(pages);
        this.leaders = new LeadersPage(pages);
        this.goal = new GoalSettings(pages);
        this.channels = new ChannelSettings(pages);
        this.team = new TeamSettings(pages, sessions, moves.uris());
        this.tokens = new TokenSettings(pages);
        this.imports = new ImportSettings(pages, jobs);
        this.deliveries = new DeliverySettings(pages);
        this.blocks = new BlockSettings(pages, blocking);
        this.fediverse = new FediverseSettings(pages, relationships);
        this.bluesky = new BlueskySettings(pages, blueskyConnections, blueskyExports);
        this.blueskyMove = new BlueskyMoveSettings(pages, blueskyConnections, blueskyMoving);
        this.mastodon = new MastodonSettings(pages, mastodonConnections);
        this.publish = new PublishPages(pages, publisher, blueskyConnections);
        this.moving = new MovingSettings(pages, moves, jobs);
        this.reports = new ReportSettings(pages, clock);
        this.profile = new ProfileSettings(pages, profiles, moves.uris());
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/login", login::show, PUBLIC);
        routes.post("/login", login::submit, PUBLIC);
        routes.post("/logout", login::logout, VIEWER);

        routes.get("/", overview::show, VIEWER);

        routes.get("/search", search::show, VIEWER);
        routes.get("/people", people::list, VIEWER);
        routes.get("/people/suggestions", suggestions::list, VIEWER);
        routes.post("/people/suggestions/merge", suggestions::merge, MANAGER);
        routes.post("/people/suggestions/dismiss", suggestions::dismiss, MANAGER);
        routes.get("/people/{person-id}", people::show, VIEWER);
        routes.post("/people/{person-id}/merge", people::merge, MANAGER);
        routes.post("/people/{person-id}/merges/{merge-id}/undo", people::undoMerge, MANAGER);
        routes.post("/people/{person-id}/merges/undo", people::undoMerges, MANAGER);

        routes.get("/conversations", conversations::list, VIEWER);
        routes.get("/conversations/events", inboxEvents.handler(), VIEWER);
        routes.get("/conversations/{conversation-id}", conversations::show, VIEWER);
        routes.get("/conversations/{conversation-id}/row", conversations::row, VIEWER);
        routes.post("/conversations/{conversation-id}/status", conversations::setStatus, MANAGER);
        routes.post("/conversations/{conversation-id}/assign", conversations::assign, MANAGER);
        routes.post("/conversations/{conversation-id}/notes", conversations::addNote, MANAGER);
        routes.post("/conversations/{conversation-id}/reply", conversations::reply, MANAGER);
        routes.post("/conversations/views", conversations::saveView, VIEWER);
        routes.post("/conversations/views/{view-id}/delete", conversations::deleteView, VIEWER);

        routes.get("/communities", communities::show, VIEWER);
        routes.get("/communities.csv", communities::csv, VIEWER);
        routes.get("/communities/{community-id}", scopes::community, VIEWER);
        routes.get("/channels/{channel-id}", scopes::channel, VIEWER);
        routes.get("/reports/monthly", monthly::show, VIEWER);
        routes.get("/engagement", engagement::show, VIEWER);
        routes.get("/engagement/people", engagement::people, VIEWER);
        routes.get("/engagement/people.csv", engagement::peopleCsv, VIEWER);
        routes.get("/engagement/cohorts.csv", engagement::cohortsCsv, VIEWER);
        routes.get("/measures.csv", scopes::csv, VIEWER);
        routes.get("/engagement/months.csv", engagement::monthsCsv, VIEWER);
        routes.get("/activities", activities::show, VIEWER);
        routes.get("/activities.csv", activities::csv, VIEWER);
        routes.get("/activity", activityLog::show, VIEWER);
        routes.get("/activity.csv", activityLog::csv, VIEWER);
        routes.get("/advocates", advocates::show, VIEWER);
        routes.get("/advocates.csv", advocates::csv, VIEWER);
        routes.get("/leaders", leaders::show, VIEWER);
        routes.get("/leaders.csv", leaders::csv, VIEWER);

        routes.get("/publish", publish::show, VIEWER);
        routes.post("/publish", publish::post, MANAGER);
        routes.post("/publish/{post-id}/edit", publish::edit, MANAGER);
        routes.post("/publish/{post-id}/delete", publish::delete, MANAGER);
        routes.post("/publish/bluesky/{post-id}/delete", publish::deleteBluesky, MANAGER);
        routes.post("/publish/reactions", publish::react, MANAGER);
        routes.post("/publish/reactions/{reaction-id}/undo", publish::undo, MANAGER);

        routes.get("/settings", goal::show, VIEWER);
        routes.post("/settings/goal", goal::save, MANAGER);
        routes.post("/settings/alerts", goal::saveAlerts, MANAGER);
        routes.get("/settings/channels", channels::show, VIEWER);
        routes.post("/settings/channels", channels::add, MANAGER);
        routes.post("/settings/channels/{channel-id}/remove", channels::remove, MANAGER);
        routes.post("/settings/channels/{channel-id}/pause", channels::pause, MANAGER);
        routes.post("/settings/channels/{channel-id}/resume", channels::resume, MANAGER);
        routes.get("/settings/team", team::show, VIEWER);
        routes.post("/settings/team", team::add, OWNER);
        routes.post("/settings/team/{member-id}/role", team::changeRole, OWNER);
        routes.post("/settings/team/{member-id}/remove", team::remove, OWNER);
        routes.post("/settings/team/{member-id}/account", team::createAccount, OWNER);
        routes.get("/settings/profile", profile::show, VIEWER);
        routes.post("/settings/profile/{username}", profile::save, MANAGER);
        routes.post("/settings/profile/{username}/{slot}", profile::upload, MANAGER);
        routes.post("/settings/profile/{username}/{slot}/remove", profile::removeImage, MANAGER);
        routes.get("/settings/tokens", tokens::show, OWNER);
        routes.post("/settings/tokens", tokens::create, OWNER);
        routes.post("/settings/tokens/{token-id}/revoke", tokens::revoke, OWNER);
        routes.get("/settings/imports", imports::show, MANAGER);
        routes.post("/settings/imports", imports::upload, MANAGER);
        routes.get("/settings/imports/{job-id}", imports::progress, MANAGER);
        routes.get("/settings/deliveries", deliveries::show, MANAGER);
        routes.get("/settings/moving", moving::show, OWNER);
        routes.get("/settings/moving/progress", moving::progress, OWNER);
        routes.post("/settings/moving/aliases", moving::addAlias, OWNER);
        routes.post("/settings/moving/aliases/remove", moving::removeAlias, OWNER);
        routes.post("/settings/moving/move", moving::move, OWNER);
        routes.post("/settings/moving/undo", moving::undoMove, OWNER);
        routes.post("/settings/moving/follows", moving::importFollows, OWNER);
        routes.post("/settings/moving/expected-followers", moving::importExpected, OWNER);
        routes.get("/settings/fediverse", fediverse::show, VIEWER);
        routes.post("/settings/fediverse/following", fediverse::follow, MANAGER);
        routes.post("/settings/fediverse/following/{follow-id}/remove", fediverse::unfollow, MANAGER);
        routes.post("/settings/fediverse/followers/{follower-id}/remove", fediverse::removeFollower, MANAGER);
        routes.get("/settings/bluesky", bluesky::show, VIEWER);
        routes.post("/settings/bluesky", bluesky::connect, MANAGER);
        routes.post("/settings/bluesky/disconnect", bluesky::disconnect, MANAGER);
        routes.get("/settings/bluesky/export", bluesky::export, MANAGER);
        routes.get("/settings/bluesky/move", blueskyMove::show, OWNER);
        routes.get("/settings/bluesky/move/progress", blueskyMove::progress, OWNER);
        routes.post("/settings/bluesky/move", blueskyMove::start, OWNER);
        routes.post("/settings/bluesky/move/token", blueskyMove::confirm, OWNER);
        routes.post("/settings/bluesky/move/retry", blueskyMove::retry, OWNER);
        routes.post("/settings/bluesky/move/new-code", blueskyMove::newCode, OWNER);
        routes.post("/settings/bluesky/move/cancel", blueskyMove::cancel, OWNER);
        routes.get("/settings/mastodon", mastodon::show, VIEWER);
        routes.post("/settings/mastodon", mastodon::connect, MANAGER);
        routes.get(MastodonConnections.CALLBACK_PATH, mastodon::callback, MANAGER);
        routes.post("/settings/mastodon/{channel-id}/pause", mastodon::pause, MANAGER);
        routes.post("/settings/mastodon/{channel-id}/resume", mastodon::resume, MANAGER);
        routes.get("/settings/blocks", blocks::show, MANAGER);
        routes.post("/settings/blocks/accounts", blocks::blockAccount, MANAGER);
        routes.post("/settings/blocks/accounts/{block-id}/remove", blocks::unblockAccount, MANAGER);
        routes.post("/settings/blocks/domains", blocks::blockDomain, MANAGER);
        routes.post("/settings/blocks/domains/remove", blocks::unblockDomain, MANAGER);
        routes.get("/settings/reports", reports::show, MANAGER);
        routes.post("/settings/reports/{report-id}/resolve", reports::resolve, MANAGER);
    }
}
