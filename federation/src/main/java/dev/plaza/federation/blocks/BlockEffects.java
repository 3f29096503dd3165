package dev.plaza.federation.blocks;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.Store;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.blocks.ActorBlock;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.inbox.InboxSetup;
import dev.plaza.federation.inbox.Origins;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a block does beyond being stored: follows both ways end, and each of the workspace's actors
 * tells the blocked one (Block, later Undo), through the durable delivery queue. Servers like
 * Mastodon then hide the brand from the blocked account and drop their own copies of the follows.
 */
public final class BlockEffects {

    private static final Logger LOG = LoggerFactory.getLogger(BlockEffects.class);

    private final Store store;
    private final DeliveryQueue deliveries;
    private final BlockDocuments documents;

    public BlockEffects(Store store, DeliveryQueue deliveries, ActorUris uris) {
        this.store = requireNonNull(store, "store");
        this.deliveries = requireNonNull(deliveries, "deliveries");
        this.documents = new BlockDocuments(uris);
    }

    /** The account block takes hold; a pending one (no actor known yet) has nothing to end or tell. */
    public void applied(ActorBlock block) {
        if (block.pending()) {
            return;
        }
        String blocked = block.actorUri().orElseThrow();
        for (LocalActor actor : brandActors(block.workspaceId())) {
            store.follows().removeFollower(actor.id(), blocked);
            store.follows().removeFollowing(actor.id(), blocked);
            block.inbox().ifPresent(inbox -> deliveries.enqueue(new Delivery(actor.id(), documents.blockId(actor, block),
                    documents.block(actor, block), List.of(URI.create(inbox)))));
        }
        LOG.atInfo().addKeyValue("workspace", block.workspaceId()).addKeyValue("blocked", blocked).log("account blocked");
    }

    /** The account block was lifted: the blocked account is told, and may follow again. */
    public void lifted(ActorBlock block) {
        if (block.pending() || block.inbox().isEmpty()) {
            return;
        }
        URI inbox = URI.create(block.inbox().get());
        for (LocalActor actor : brandActors(block.workspaceId())) {
            deliveries.enqueue(new Delivery(actor.id(), documents.undoId(actor, block), documents.undo(actor, block),
                    List.of(inbox)));
        }
    }

    /** A server was blocked: the follows of its accounts end, both ways. */
    public void domainBlocked(long workspaceId, String domain) {
        for (LocalActor actor : brandActors(workspaceId)) {
            onDomain(store.follows().followers(actor.id()), domain, uri -> store.follows().removeFollower(actor.id(), uri));
            onDomain(store.follows().following(actor.id()), domain, uri -> store.follows().removeFollowing(actor.id(), uri));
        }
    }

    private static void onDomain(List<Follow> follows, String domain, Function<String, Boolean> remove) {
        follows.stream().map(Follow::remoteActorUri)
                .filter(uri -> Origins.host(uri).map(host -> Origins.blocked(host, List.of(domain))).orElse(false))
                .forEach(remove::apply);
    }

    /** The workspace's own actors; the server's instance actor speaks for no workspace. */
    private List<LocalActor> brandActors(long workspaceId) {
        return store.localActors().list(workspaceId).stream()
                .filter(a -> !a.username().equals(InboxSetup.INSTANCE_ACTOR)).toList();
    }
}
