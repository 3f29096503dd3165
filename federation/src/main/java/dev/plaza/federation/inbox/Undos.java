package dev.plaza.federation.inbox;

import dev.plaza.federation.vocab.Activity;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Undo: of a Follow, the follower leaves; of a Like or Announce, the reaction is taken back. An
 * Undo that names its activity by IRI only takes back the reaction stored under that id, if the
 * sender is its author.
 */
final class Undos {

    private static final Logger LOG = LoggerFactory.getLogger(Undos.class);

    private final Followers followers;
    private final Records records;

    Undos(Followers followers, Records records) {
        this.followers = followers;
        this.records = records;
    }

    void undo(Arrival arrival) {
        Activity undo = arrival.activity();
        Optional<Activity> inner = arrival.object().filter(Activity.class::isInstance).map(Activity.class::cast);
        if (inner.isPresent() && inner.get().type().equals("Follow")) {
            followers.undo(arrival, inner.get());
            return;
        }
        if (inner.isPresent() && !inner.get().actor().equals(undo.actor())) {
            throw Refused.forbidden("%s undoes an activity by someone else".formatted(undo.actor().orElseThrow()));
        }
        String undone = undo.objectIri().orElseThrow(() -> Refused.badRequest("an Undo needs an object with an id"));
        if (!Origins.same(undone, arrival.actor().id())) {
            throw Refused.forbidden("%s undoes %s, which lives on another origin".formatted(arrival.actor().id(), undone));
        }
        if (!records.delete(arrival, undone)) {
            LOG.atDebug().addKeyValue("activity", undone).log("Undo of an activity Plaza does not hold: nothing to take back");
        }
    }
}
