package dev.plaza.web.api;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import dev.plaza.core.blocks.ActorBlock;
import dev.plaza.federation.blocks.Blocking;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accounts and servers the workspace blocks: listed, added and lifted. Blocking an account it
 * blocks already answers that block (200); a new block is 201.
 */
final class BlockEndpoints {

    private final Store store;
    private final Blocking blocking;

    BlockEndpoints(Store store, Blocking blocking) {
        this.store = store;
        this.blocking = blocking;
    }

    void accounts(Context ctx) {
        Query.of(ctx, Set.of());
        Json.send(ctx, ListJson.complete(store.blocks().actors(Caller.workspace(ctx)), AccountBlockJson::of));
    }

    void blockAccount(Context ctx) {
        Query.of(ctx, Set.of());
        Body body = Body.of(ctx, List.of("account", "reason"));
        String account = body.requiredString("account");
        String reason = body.nullableString("reason").orElse("");
        long workspace = Caller.workspace(ctx);
        Set<Long> before = store.blocks().actors(workspace).stream().map(ActorBlock::id).collect(Collectors.toSet());
        ActorBlock block = blocking.blockAccount(workspace, account, reason);
        Json.send(ctx, before.contains(block.id()) ? HttpStatus.OK : HttpStatus.CREATED, AccountBlockJson.of(block));
    }

    void unblockAccount(Context ctx) {
        Query.of(ctx, Set.of());
        Json.send(ctx, AccountBlockJson.of(blocking.unblockAccount(Caller.workspace(ctx), Caller.pathId(ctx, "account block"))));
    }

    void domains(Context ctx) {
        Query.of(ctx, Set.of());
        Json.send(ctx, ListJson.complete(store.communities().blockedDomains(Caller.workspace(ctx)), DomainBlockJson::of));
    }

    void blockDomain(Context ctx) {
        Query.of(ctx, Set.of());
        Body body = Body.of(ctx, List.of("domain", "reason"));
        Json.send(ctx, HttpStatus.CREATED, DomainBlockJson.of(blocking.blockDomain(Caller.workspace(ctx),
                body.requiredString("domain"), body.nullableString("reason").orElse(""))));
    }

    void unblockDomain(Context ctx) {
        Query.of(ctx, Set.of());
        long workspace = Caller.workspace(ctx);
        String domain = ctx.pathParam("domain");
        var block = store.communities().blockedDomains(workspace).stream()
                .filter(b -> b.domain().equalsIgnoreCase(domain.strip())).findFirst()
                .orElseThrow(() -> new NotFoundException("domain block", domain));
        blocking.unblockDomain(workspace, block.domain());
        Json.send(ctx, DomainBlockJson.of(block));
    }
}
