package dev.plaza.federation.blocks;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import dev.plaza.core.blocks.ActorBlock;
import dev.plaza.core.blocks.NewActorBlock;
import dev.plaza.core.blocks.Reasons;
import dev.plaza.core.community.DomainBlock;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.discovery.Accounts;
import dev.plaza.federation.inbox.InboxSetup;
import dev.plaza.federation.inbox.Origins;
import dev.plaza.federation.inbox.RemoteObjects;
import dev.plaza.federation.vocab.Actor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The team blocks and unblocks accounts (by handle or actor URL) and servers, as Mastodon's users
 * do: a block ends follows both ways and tells the blocked account; the inbox then refuses anything
 * it sends, at any nesting depth, and the brand's posts are no longer delivered to it.
 */
public final class Blocking {

    private final Store store;
    private final Accounts accounts;
    private final BlockEffects effects;
    private final ActorUris uris;

    public Blocking(Store store, Accounts accounts, BlockEffects effects, ActorUris uris) {
        this.store = requireNonNull(store, "store");
        this.accounts = requireNonNull(accounts, "accounts");
        this.effects = requireNonNull(effects, "effects");
        this.uris = requireNonNull(uris, "uris");
    }

    /** Wired as the inbox is: actors fetched with GETs signed by the instance actor. */
    public static Blocking create(Store store, ActorUris uris, RemoteObjects remote, DeliveryQueue deliveries) {
        return new Blocking(store, InboxSetup.accounts(store, uris, remote),
                new BlockEffects(store, deliveries, uris), uris);
    }

    /**
     * Blocks the account named by {@code handleOrUrl}; blocking it again answers the block it has.
     * Fails with an {@link IllegalArgumentException} for input that names no account of another
     * server, and a {@link dev.plaza.federation.FederationException} when it cannot be found.
     */
    public ActorBlock blockAccount(long workspaceId, String handleOrUrl, String reason) {
        if (handleOrUrl == null || handleOrUrl.isBlank()) {
            throw new IllegalArgumentException("name the account to block: @user@host or its actor URL");
        }
        String why = Reasons.checked(reason);
        Actor actor = accounts.resolve(handleOrUrl);
        if (Origins.same(actor.id(), uris.actor(""))) {
            throw new IllegalArgumentException("%s is an account of this Plaza; it cannot be blocked".formatted(actor.id()));
        }
        Optional<ActorBlock> existing = store.blocks().byActorUri(workspaceId, actor.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        ActorBlock block = store.blocks().blockActor(workspaceId, new NewActorBlock(actor.id(), actor.acct(),
                actor.inbox(), why));
        effects.applied(block);
        return block;
    }

    /** Lifts an account block; the account is told, and may follow again. */
    public ActorBlock unblockAccount(long workspaceId, long blockId) {
        ActorBlock block = store.blocks().actor(workspaceId, blockId)
                .orElseThrow(() -> new NotFoundException("account block", blockId));
        if (store.blocks().unblockActor(workspaceId, blockId)) {
            effects.lifted(block);
        }
        return block;
    }

    /** Blocks a server and its subdomains; blocking it again replaces the reason. */
    public DomainBlock blockDomain(long workspaceId, String domain, String reason) {
        String name = Domains.parse(domain == null ? "" : domain);
        String own = Origins.host(uris.actor("")).orElseThrow();
        if (Origins.blocked(own, List.of(name))) {
            throw new IllegalArgumentException("%s is this Plaza's own server; it cannot be blocked".formatted(name));
        }
        DomainBlock block = store.blocks().blockDomain(workspaceId, name, reason);
        effects.domainBlocked(workspaceId, name);
        return block;
    }

    public void unblockDomain(long workspaceId, String domain) {
        String name = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        if (!store.blocks().unblockDomain(workspaceId, name)) {
            throw new NotFoundException("domain block", name);
        }
    }
}
