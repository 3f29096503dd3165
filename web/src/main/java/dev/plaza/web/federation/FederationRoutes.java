package dev.plaza.web.federation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.federation.actors.ActorActivities;
import dev.plaza.federation.actors.ActorDocument;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.actors.Profiles;
import dev.plaza.federation.blocks.Blocking;
import dev.plaza.federation.discovery.NodeInfo;
import dev.plaza.federation.discovery.WebFinger;
import dev.plaza.federation.inbox.Inbox;
import dev.plaza.federation.inbox.InboxSetup;
import dev.plaza.federation.inbox.RemoteObjects;
import dev.plaza.federation.discovery.WebFingerClient;
import dev.plaza.federation.follows.Following;
import dev.plaza.federation.follows.Relationships;
import dev.plaza.federation.moving.Moves;
import dev.plaza.federation.outbox.PollUpdates;
import dev.plaza.federation.outbox.Publisher;
import dev.plaza.federation.signatures.SignatureVerifier;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.Visibility;
import java.util.List;
import dev.plaza.web.auth.Access;
import dev.plaza.web.pages.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What other servers (and people following a link) ask Plaza first: WebFinger, NodeInfo,
 * host-meta, and the actors themselves, as ActivityStreams JSON or as an HTML profile page.
 */
public final class FederationRoutes {

    private static final String VERSION = "0.1.0";
    private static final Duration NODE_INFO_TTL = Duration.ofMinutes(5);
    private static final int PROFILE_POSTS = 20;

    private final Store store;
    private final ActorUris uris;
    private final WebFinger webFinger;
    private final NodeInfo nodeInfo;
    private final ActorDocument actorDocument;
    private final Templates templates;
    private final InboxRoutes inbox;
    private final ObjectRoutes objects;
    private final Publisher publisher;
    private final Moves moves;
    private final Blocking blocking;
    private final Profiles profiles;
    private final MediaRoutes media;
    private final Relationships relationships;
    private final Clock clock;
    private final AtomicReference<CachedNodeInfo> nodeInfoCache = new AtomicReference<>();

    /** NodeInfo's counts scan the store, and anyone may ask for them: they are reused for a while. */
    private record CachedNodeInfo(ObjectNode document, Instant until) {
    }

    public FederationRoutes(Store store, String publicBaseUrl, Templates templates) {
        this(store, publicBaseUrl, templates, FederationSettings.DEFAULT);
    }

    public FederationRoutes(Store store, String publicBaseUrl, Templates templates, FederationSettings settings) {
        this.store = store;
        this.uris = ActorUris.of(publicBaseUrl);
        this.webFinger = new WebFinger(store.localActors(), uris);
        this.nodeInfo = new NodeInfo(uris, VERSION);
        this.actorDocument = new ActorDocument(uris);
        this.templates = templates;
        this.clock = settings.clock();
        DeliveryQueue deliveries = settings.deliveries().orElseGet(store::deliveries);
        RemoteObjects remote = InboxSetup.remoteObjects(store, uris, settings.outbound(), clock);
        SignatureVerifier verifier = InboxSetup.verifier(remote, clock);
        this.publisher = new Publisher(store, uris, remote, new WebFingerClient(remote.client()), clock);
        Inbox processor = InboxSetup.create(store, uris, remote, verifier, deliveries,
                new PollUpdates(publisher, settings.pollUpdateDelay()), clock);
        this.inbox = new InboxRoutes(processor, uris.base(), new SenderRateLimiter(settings.inbound(), clock));
        this.objects = new ObjectRoutes(store, uris, new SignedFetch(verifier, store,
                uris.base().getScheme(), settings.requireSignedFetch()), templates, clock);
        this.moves = Moves.create(store, uris, remote, new Following(store.follows(),
                InboxSetup.accounts(store, uris, remote), deliveries, uris, clock), clock);
        this.blocking = Blocking.create(store, uris, remote, deliveries);
        this.profiles = new Profiles(store.localActors(), new ActorActivities(uris, store.follows()), clock);
        this.media = new MediaRoutes(store.localActors());
        this.relationships = Relationships.create(store, uris, remote, deliveries, clock);
    }

    /** Aliases, moving out and in, and importing follows: for the Moving settings and the API. */
    public Moves moves() {
        return moves;
    }

    /** Publishing as Plaza's actors, for the compose page and the API. */
    public Publisher publisher() {
        return publisher;
    }

    /** Blocking accounts and servers, for the settings page and the API. */
    public Blocking blocking() {
        return blocking;
    }

    /** Editing the actors' profiles (each change tells the followers' servers), for Settings and the API. */
    public Profiles profiles() {
        return profiles;
    }

    /** Following accounts, unfollowing them and removing followers, for the Fediverse settings and the API. */
    public Relationships relationships() {
        return relationships;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/.well-known/webfinger", this::webFinger, Access.PUBLIC);
        routes.get("/.well-known/host-meta", this::hostMeta, Access.PUBLIC);
        routes.get("/.well-known/nodeinfo", ctx -> json(ctx, "application/json", nodeInfo.links()), Access.PUBLIC);
        routes.get("/nodeinfo/2.1", this::nodeInfo, Access.PUBLIC);
        routes.get("/users/{username}", this::actor, Access.PUBLIC);
        routes.get("/@{username}", this::profile, Access.PUBLIC);
        inbox.addRoutes(routes);
        objects.addRoutes(routes);
        media.addRoutes(routes);
    }

    private void webFinger(Context ctx) {
        String resource = ctx.queryParam("resource");
        if (resource == null || resource.isBlank()) {
            throw new IllegalArgumentException("WebFinger needs a resource, e.g. ?resource=acct:brand@" + uris.host());
        }
        ctx.header("Access-Control-Allow-Origin", "*");
        json(ctx, WebFinger.CONTENT_TYPE, webFinger.lookup(resource)
                .orElseThrow(() -> new NotFoundException("account", resource)));
    }

    private void nodeInfo(Context ctx) {
        Instant now = clock.instant();
        CachedNodeInfo cached = nodeInfoCache.get();
        if (cached == null || !now.isBefore(cached.until())) {
            cached = new CachedNodeInfo(nodeInfo.document(store.localActors().count(),
                    store.activities().postsByActorsUnder(uris.actor(""))), now.plus(NODE_INFO_TTL));
            nodeInfoCache.set(cached);
        }
        json(ctx, NodeInfo.CONTENT_TYPE, cached.document());
    }

    private void hostMeta(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.contentType("application/xrd+xml; charset=utf-8").result(webFinger.hostMeta());
    }

    /** Content negotiation: ActivityStreams for servers, the profile page for browsers. */
    private void actor(Context ctx) {
        LocalActor actor = actor(ctx.pathParam("username"));
        ctx.header("Vary", "Accept");
        if (wantsActivityStreams(ctx.header("Accept"))) {
            json(ctx, ActorDocument.CONTENT_TYPE, actorDocument.render(actor));
        } else {
            ctx.redirect(uris.profilePage(actor.username()));
        }
    }

    private void profile(Context ctx) {
        LocalActor actor = actor(ctx.pathParam("username"));
        if (wantsActivityStreams(ctx.header("Accept"))) {
            json(ctx, ActorDocument.CONTENT_TYPE, actorDocument.render(actor));
            return;
        }
        List<PublicPost> posts = store.publishing().outbox(actor.id(), PageRequest.first(PROFILE_POSTS)).items().stream()
                .filter(LocalPost.class::isInstance).map(LocalPost.class::cast)
                .filter(post -> post.visibility() == Visibility.PUBLIC).map(objects::publicPost).toList();
        templates.render(ctx, "profile/actor.jte", PublicProfile.of(actor, uris, posts));
    }

    private LocalActor actor(String username) {
        return store.localActors().findByUsername(username).orElseThrow(() -> new NotFoundException("actor", username));
    }

    static boolean wantsActivityStreams(String accept) {
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("application/activity+json")
                || (lower.contains("application/ld+json") && lower.contains("https://www.w3.org/ns/activitystreams"));
    }

    private static void json(Context ctx, String contentType, Object body) {
        ctx.contentType(contentType).result(body.toString());
    }
}
