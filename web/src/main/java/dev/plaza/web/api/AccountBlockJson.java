package dev.plaza.web.api;

import dev.plaza.core.blocks.ActorBlock;
import java.time.Instant;

/** An account the workspace blocks; {@code actor} is null while an imported block is pending. */
record AccountBlockJson(long id, String account, String actor, boolean pending, String reason, Instant since) {

    static AccountBlockJson of(ActorBlock b) {
        return new AccountBlockJson(b.id(), b.label(), b.actorUri().orElse(null), b.pending(), b.reason(), b.since());
    }
}
