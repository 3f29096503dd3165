package dev.plaza.federation.inbox;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.actors.Follows;
import dev.plaza.core.actors.LocalActor;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A remote account blocks one of Plaza's actors. As on Mastodon, follows end both ways: the
 * account no longer follows the actor (so the actor's posts are no longer delivered to it), and the
 * actor no longer follows the account. The block is recorded in the community; its Undo (see
 * {@link Undos}) marks that record taken back, and the follows stay ended.
 */
final class BlockedBy {

    private static final Logger LOG = LoggerFactory.getLogger(BlockedBy.class);

    private final Follows follows;
    private final Recipients recipients;
    private final Records records;

    BlockedBy(Follows follows, Recipients recipients, Records records) {
        this.follows = follows;
        this.recipients = recipients;
        this.records = records;
    }

    void block(Arrival arrival) {
        String target = arrival.activity().objectIri().orElseThrow(() -> Refused.badRequest("a Block needs an object"));
        Optional<LocalActor> blocked = recipients.local(target)
                .filter(actor -> arrival.recipients().stream().anyMatch(r -> r.id() == actor.id()));
        if (blocked.isEmpty()) {
            LOG.atInfo().addKeyValue("object", target).log("a Block of an account that is not Plaza's; nothing to do");
            return;
        }
        String blocker = arrival.actor().id();
        follows.removeFollower(blocked.get().id(), blocker);
        follows.removeFollowing(blocked.get().id(), blocker);
        records.relation(arrival, ActivityKind.BLOCK, target);
        LOG.atInfo().addKeyValue("actor", blocked.get().username()).addKeyValue("by", blocker)
                .log("blocked by a remote account; follows both ways ended");
    }
}
