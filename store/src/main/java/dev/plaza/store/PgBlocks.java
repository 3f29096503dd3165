package dev.plaza.store;

import dev.plaza.core.blocks.ActorBlock;
import dev.plaza.core.blocks.Blocks;
import dev.plaza.core.blocks.NewActorBlock;
import dev.plaza.core.blocks.Reasons;
import dev.plaza.core.community.DomainBlock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

final class PgBlocks implements Blocks {

    private static final RowMapper<ActorBlock> ACTOR_BLOCK = (rs, ctx) -> new ActorBlock(rs.getLong("id"),
            rs.getLong("workspace_id"), Optional.ofNullable(rs.getString("actor_uri")), Optional.ofNullable(rs.getString("acct")),
            Optional.ofNullable(rs.getString("inbox")), rs.getString("reason"), Rows.instant(rs, "created_at"));

    private final Jdbi jdbi;
    private final StoreCaches caches;

    PgBlocks(Jdbi jdbi, StoreCaches caches) {
        this.jdbi = jdbi;
        this.caches = caches;
    }

    @Override
    public List<ActorBlock> actors(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM actor_block WHERE workspace_id = :w ORDER BY created_at DESC, id DESC")
                .bind("w", workspaceId).map(ACTOR_BLOCK).list());
    }

    @Override
    public Optional<ActorBlock> actor(long workspaceId, long blockId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM actor_block WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", blockId).map(ACTOR_BLOCK).findOne());
    }

    @Override
    public Optional<ActorBlock> byActorUri(long workspaceId, String actorUri) {
        return jdbi.withHandle(h -> byActorUri(h, workspaceId, actorUri));
    }

    private static Optional<ActorBlock> byActorUri(Handle h, long workspaceId, String actorUri) {
        return h.createQuery("SELECT * FROM actor_block WHERE workspace_id = :w AND actor_uri = :uri")
                .bind("w", workspaceId).bind("uri", actorUri).map(ACTOR_BLOCK).findOne();
    }

    @Override
    public ActorBlock blockActor(long workspaceId, NewActorBlock block) {
        return changingAccounts(() -> jdbi.inTransaction(h -> {
            block.acct().ifPresent(acct -> resolve(h, workspaceId, acct, block.actorUri(), block.inbox()));
            return insert(h, workspaceId, block, block.acct())
                    .or(() -> byActorUri(h, workspaceId, block.actorUri()))
                    // the address names another actor already (the account moved): block this one by URI alone
                    .or(() -> insert(h, workspaceId, block, Optional.empty()))
                    .orElseThrow();
        }));
    }

    private static Optional<ActorBlock> insert(Handle h, long workspaceId, NewActorBlock block, Optional<String> acct) {
        return h.createQuery("""
                        INSERT INTO actor_block (workspace_id, actor_uri, acct, inbox, reason)
                        VALUES (:w, :uri, :acct, :inbox, :reason)
                        ON CONFLICT DO NOTHING RETURNING *""")
                .bind("w", workspaceId).bind("uri", block.actorUri()).bind("acct", acct.orElse(null))
                .bind("inbox", block.inbox().orElse(null)).bind("reason", block.reason())
                .map(ACTOR_BLOCK).findOne();
    }

    @Override
    public Optional<ActorBlock> resolvePending(long workspaceId, String acct, String actorUri, Optional<String> inbox) {
        String address = acct.toLowerCase(Locale.ROOT);
        if (!accountBlocks(workspaceId).pendingAccts().contains(address)) {
            return Optional.empty(); // every inbound activity asks; almost always nothing is pending for it
        }
        return changingAccounts(() -> jdbi.inTransaction(h -> resolve(h, workspaceId, address, actorUri, inbox)));
    }

    private static Optional<ActorBlock> resolve(Handle h, long workspaceId, String acct, String actorUri,
            Optional<String> inbox) {
        Optional<ActorBlock> existing = byActorUri(h, workspaceId, actorUri);
        if (existing.isPresent()) {
            h.createUpdate("DELETE FROM actor_block WHERE workspace_id = :w AND acct = :acct AND actor_uri IS NULL")
                    .bind("w", workspaceId).bind("acct", acct).execute();
            return Optional.empty();
        }
        return h.createQuery("""
                        UPDATE actor_block SET actor_uri = :uri, inbox = :inbox
                        WHERE workspace_id = :w AND acct = :acct AND actor_uri IS NULL RETURNING *""")
                .bind("w", workspaceId).bind("acct", acct).bind("uri", actorUri).bind("inbox", inbox.orElse(null))
                .map(ACTOR_BLOCK).findOne();
    }

    @Override
    public boolean unblockActor(long workspaceId, long blockId) {
        return changingAccounts(() -> jdbi.withHandle(h -> h.createUpdate("DELETE FROM actor_block WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", blockId).execute()) > 0);
    }

    @Override
    public Set<String> blockedActors(long workspaceId, Collection<String> actorUris) {
        Set<String> blocked = accountBlocks(workspaceId).actorUris();
        return actorUris.stream().filter(blocked::contains).collect(Collectors.toSet());
    }

    private StoreCaches.AccountBlocks accountBlocks(long workspaceId) {
        return caches.accountBlocks.get(workspaceId, w -> jdbi.withHandle(h -> {
            Set<String> actors = new HashSet<>();
            Set<String> pending = new HashSet<>();
            h.createQuery("SELECT actor_uri, acct FROM actor_block WHERE workspace_id = :w").bind("w", w)
                    .map((rs, ctx) -> rs.getString("actor_uri") != null ? actors.add(rs.getString("actor_uri"))
                            : pending.add(rs.getString("acct")))
                    .list();
            return new StoreCaches.AccountBlocks(Set.copyOf(actors), Set.copyOf(pending));
        }));
    }

    private <T> T changingAccounts(Supplier<T> write) {
        T result = write.get();
        caches.accountBlocks.invalidate();
        return result;
    }

    @Override
    public DomainBlock blockDomain(long workspaceId, String domain, String reason) {
        DomainBlock block = jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO domain_block (workspace_id, domain, reason) VALUES (:w, lower(:d), :reason)
                        ON CONFLICT (workspace_id, domain) DO UPDATE SET reason = excluded.reason
                        RETURNING domain, reason, created_at""")
                .bind("w", workspaceId).bind("d", domain).bind("reason", Reasons.checked(reason))
                .map(PgCommunities.DOMAIN_BLOCK).one());
        caches.domainBlocks.invalidate();
        return block;
    }

    @Override
    public boolean unblockDomain(long workspaceId, String domain) {
        boolean removed = jdbi.withHandle(h -> h.createUpdate("DELETE FROM domain_block WHERE workspace_id = :w AND domain = lower(:d)")
                .bind("w", workspaceId).bind("d", domain).execute()) > 0;
        caches.domainBlocks.invalidate();
        return removed;
    }
}
