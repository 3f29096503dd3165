package dev.plaza.web.api;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.Store;
import dev.plaza.core.actors.ImageSlot;
import dev.plaza.federation.actors.Profiles;
import dev.plaza.federation.blocks.Blocking;
import dev.plaza.federation.follows.Relationships;
import dev.plaza.federation.moving.Moves;
import dev.plaza.federation.outbox.Publisher;
import dev.plaza.web.auth.Access;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.List;

/**
 * The REST API under {@code /api/v1/}: JSON, cursor pagination, bearer tokens. The server's access
 * filter authenticates the token and enforces each route's {@link Access}; every handler then
 * scopes what it reads and writes to the token's workspace. Errors are thrown and mapped to JSON
 * error bodies in one place, by the server. The OpenAPI document at {@value #OPENAPI} describes it all.
 */
public final class Api {

    public static final String PREFIX = "/api/v1";
    public static final String OPENAPI = PREFIX + "/openapi.json";

    private final List<Route> routes;

    public Api(Store store, Publisher publisher, Moves moves, Blocking blocking, Profiles profiles, Relationships relationships,
            Clock clock) {
        requireNonNull(store, "store");
        requireNonNull(publisher, "publisher");
        requireNonNull(moves, "moves");
        requireNonNull(blocking, "blocking");
        requireNonNull(relationships, "relationships");
        requireNonNull(clock, "clock");
        requireNonNull(profiles, "profiles");
        var openApi = new OpenApiEndpoint();
        var workspace = new WorkspaceEndpoint(store);
        var people = new PeopleEndpoints(store);
        var merges = new MergeEndpoints(store);
        var bulkMerges = new BulkMergeEndpoints(store);
        var identities = new IdentityEndpoints(store);
        var activities = new ActivityEndpoints(store);
        var search = new SearchEndpoints(store);
        var conversations = new ConversationEndpoints(store);
        var posts = new PostEndpoints(store, publisher);
        var reactions = new ReactionEndpoints(store, publisher);
        var moving = new MovingEndpoints(store, moves);
        var blocks = new BlockEndpoints(store, blocking);
        var follows = new FollowEndpoints(store, relationships);
        var reports = new ReportEndpoints(store, clock);
        var profile = new ProfileEndpoints(store, profiles, moves.uris());
        var measures = new MeasureEndpoints(store);
        var advocates = new AdvocateEndpoints(store);
        var leaders = new LeaderEndpoints(store);
        var alerts = new AlertEndpoints(store, clock);
        var engagement = new EngagementEndpoints(store);
        this.routes = List.of(
                Route.get(OPENAPI, Access.PUBLIC, openApi::get),
                Route.get(PREFIX + "/workspace", Access.VIEWER, workspace::get),
                Route.get(PREFIX + "/people", Access.VIEWER, people::list),
                Route.get(PREFIX + "/search/activities", Access.VIEWER, search::activities),
                Route.get(PREFIX + "/search/people", Access.VIEWER, search::people),
                Route.get(PREFIX + "/people/suggestions", Access.VIEWER, people::suggestions),
                Route.post(PREFIX + "/people/merges", Access.MANAGER, bulkMerges::merge),
                Route.post(PREFIX + "/people/merges/undo", Access.MANAGER, bulkMerges::undo),
                Route.get(PREFIX + "/people/{id}", Access.VIEWER, people::get),
                Route.get(PREFIX + "/people/{id}/activities", Access.VIEWER, people::activities),
                Route.get(PREFIX + "/people/{id}/merges", Access.VIEWER, people::merges),
                Route.get(PREFIX + "/people/{id}/relationship", Access.VIEWER, people::relationship),
                Route.post(PREFIX + "/people/{id}/merge", Access.MANAGER, merges::merge),
                Route.post(PREFIX + "/merges/{id}/undo", Access.MANAGER, merges::undo),
                Route.get(PREFIX + "/identities", Access.VIEWER, identities::list),
                Route.get(PREFIX + "/identities/{id}", Access.VIEWER, identities::get),
                Route.get(PREFIX + "/activities", Access.VIEWER, activities::list),
                Route.get(PREFIX + "/activities/{id}", Access.VIEWER, activities::get),
                Route.get(PREFIX + "/conversations", Access.VIEWER, conversations::list),
                Route.get(PREFIX + "/conversations/{id}", Access.VIEWER, conversations::get),
                Route.patch(PREFIX + "/conversations/{id}", Access.MANAGER, conversations::update),
                Route.get(PREFIX + "/conversations/{id}/notes", Access.VIEWER, conversations::notes),
                Route.post(PREFIX + "/conversations/{id}/notes", Access.MANAGER, conversations::addNote),
                Route.get(PREFIX + "/measures", Access.VIEWER, measures::daily),
                Route.get(PREFIX + "/measures/posts", Access.VIEWER, measures::posts),
                Route.get(PREFIX + "/advocates", Access.VIEWER, advocates::list),
                Route.get(PREFIX + "/advocates/posts", Access.VIEWER, advocates::posts),
                Route.get(PREFIX + "/leaders", Access.VIEWER, leaders::list),
                Route.get(PREFIX + "/alerts", Access.VIEWER, alerts::list),
                Route.get(PREFIX + "/engagement", Access.VIEWER, engagement::months),
                Route.get(PREFIX + "/engagement/cohorts", Access.VIEWER, engagement::cohorts),
                Route.get(PREFIX + "/engagement/people", Access.VIEWER, engagement::people),
                Route.get(PREFIX + "/posts", Access.VIEWER, posts::list),
                Route.post(PREFIX + "/posts", Access.MANAGER, posts::create),
                Route.get(PREFIX + "/posts/{id}", Access.VIEWER, posts::get),
                Route.patch(PREFIX + "/posts/{id}", Access.MANAGER, posts::edit),
                Route.delete(PREFIX + "/posts/{id}", Access.MANAGER, posts::delete),
                Route.get(PREFIX + "/reactions", Access.VIEWER, reactions::list),
                Route.post(PREFIX + "/reactions", Access.MANAGER, reactions::create),
                Route.delete(PREFIX + "/reactions/{id}", Access.MANAGER, reactions::undo),
                Route.get(PREFIX + "/moving", Access.OWNER, moving::get),
                Route.post(PREFIX + "/moving/aliases", Access.OWNER, moving::addAlias),
                Route.delete(PREFIX + "/moving/aliases", Access.OWNER, moving::removeAlias),
                Route.post(PREFIX + "/moving/move", Access.OWNER, moving::move),
                Route.delete(PREFIX + "/moving/move", Access.OWNER, moving::undoMove),
                Route.get(PREFIX + "/profiles", Access.VIEWER, profile::list),
                Route.get(PREFIX + "/profiles/{username}", Access.VIEWER, profile::get),
                Route.patch(PREFIX + "/profiles/{username}", Access.MANAGER, profile::edit),
                Route.put(PREFIX + "/profiles/{username}/avatar", Access.MANAGER, ctx -> profile.putImage(ctx, ImageSlot.AVATAR)),
                Route.delete(PREFIX + "/profiles/{username}/avatar", Access.MANAGER,
                        ctx -> profile.deleteImage(ctx, ImageSlot.AVATAR)),
                Route.put(PREFIX + "/profiles/{username}/header", Access.MANAGER, ctx -> profile.putImage(ctx, ImageSlot.HEADER)),
                Route.delete(PREFIX + "/profiles/{username}/header", Access.MANAGER,
                        ctx -> profile.deleteImage(ctx, ImageSlot.HEADER)),
                Route.get(PREFIX + "/following", Access.VIEWER, follows::following),
                Route.post(PREFIX + "/following", Access.MANAGER, follows::follow),
                Route.delete(PREFIX + "/following/{id}", Access.MANAGER, follows::unfollow),
                Route.get(PREFIX + "/followers", Access.VIEWER, follows::followers),
                Route.delete(PREFIX + "/followers/{id}", Access.MANAGER, follows::removeFollower),
                Route.get(PREFIX + "/blocks/accounts", Access.MANAGER, blocks::accounts),
                Route.post(PREFIX + "/blocks/accounts", Access.MANAGER, blocks::blockAccount),
                Route.delete(PREFIX + "/blocks/accounts/{id}", Access.MANAGER, blocks::unblockAccount),
                Route.get(PREFIX + "/blocks/domains", Access.MANAGER, blocks::domains),
                Route.post(PREFIX + "/blocks/domains", Access.MANAGER, blocks::blockDomain),
                Route.delete(PREFIX + "/blocks/domains/{domain}", Access.MANAGER, blocks::unblockDomain),
                Route.get(PREFIX + "/reports", Access.MANAGER, reports::list),
                Route.post(PREFIX + "/reports/{id}/resolve", Access.MANAGER, reports::resolve));
    }

    public void addRoutes(JavalinConfig config) {
        routes.forEach(route -> route.addTo(config.routes));
    }
}
