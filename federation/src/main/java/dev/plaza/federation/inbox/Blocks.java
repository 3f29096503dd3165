package dev.plaza.federation.inbox;

import dev.plaza.core.Store;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.community.DomainBlock;
import dev.plaza.federation.blocks.BlockEffects;
import dev.plaza.federation.vocab.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Domain and account blocks, per workspace, applied to everything an activity {@link Involved
 * involves}: a recipient whose workspace blocks any of it does not get the activity. One per
 * inbound activity: what it reads is cached for that activity only.
 */
final class Blocks {

    private final Store store;
    private final BlockEffects effects;
    private final Map<Long, List<String>> domains = new HashMap<>();

    Blocks(Store store, BlockEffects effects) {
        this.store = store;
        this.effects = effects;
    }

    /**
     * An account blocked by address only (imported from Mastodon) is bound to {@code actor} when the
     * actor's address matches, and the block then takes hold as one made by hand does.
     */
    void bindPending(List<LocalActor> recipients, Actor actor) {
        actor.acct().ifPresent(acct -> recipients.stream().map(LocalActor::workspaceId).distinct()
                .forEach(w -> store.blocks().resolvePending(w, acct, actor.id(), actor.inbox()).ifPresent(effects::applied)));
    }

    /** The recipients whose workspace blocks nothing {@code involved} names; refused (403) when none is left. */
    List<LocalActor> allowing(List<LocalActor> recipients, Involved involved, String what) {
        Map<Long, Optional<String>> refusals = new HashMap<>();
        List<LocalActor> open = recipients.stream()
                .filter(r -> refusals.computeIfAbsent(r.workspaceId(), w -> refusal(w, involved)).isEmpty()).toList();
        if (open.isEmpty()) {
            String reason = refusals.values().stream().flatMap(Optional::stream).findFirst().orElse("it is blocked");
            throw Refused.forbidden("refused: %s %s".formatted(what, reason));
        }
        return open;
    }

    private Optional<String> refusal(long workspaceId, Involved involved) {
        Optional<String> server = involved.hosts().stream().filter(h -> Origins.blocked(h, domains(workspaceId))).findFirst();
        if (server.isPresent()) {
            return Optional.of("involves %s, a server this Plaza blocks".formatted(server.get()));
        }
        Set<String> accounts = store.blocks().blockedActors(workspaceId, involved.actors());
        return involved.actors().stream().filter(accounts::contains).findFirst()
                .map(account -> "involves %s, an account this Plaza blocks".formatted(account));
    }

    private List<String> domains(long workspaceId) {
        return domains.computeIfAbsent(workspaceId,
                w -> store.communities().blockedDomains(w).stream().map(DomainBlock::domain).toList());
    }
}
