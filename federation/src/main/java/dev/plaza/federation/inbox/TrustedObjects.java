package dev.plaza.federation.inbox;

import dev.plaza.federation.FederationException;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.AsObject;
import dev.plaza.federation.vocab.Ref;
import dev.plaza.net.OutboundRequestException;
import java.util.Optional;
import java.util.Set;

/**
 * An activity's object as far as it can be trusted (design.md §6): an embedded copy only when it
 * lives on the sender's origin; one from another origin is fetched again from there, never believed.
 */
final class TrustedObjects {

    /** Activities whose object's content matters, so that an object named by IRI only is fetched. */
    private static final Set<String> NEED_CONTENT = Set.of("Create", "Update");

    private final RemoteObjects remote;
    private final Recipients local;

    TrustedObjects(RemoteObjects remote, Recipients local) {
        this.remote = remote;
        this.local = local;
    }

    Optional<AsObject> trusted(Activity activity) {
        if (activity.object().isEmpty()) {
            return Optional.empty();
        }
        Ref ref = activity.object().get();
        String actor = activity.actor().orElseThrow();
        Optional<String> iri = ref.iri();
        if (iri.isPresent() && local.isLocal(iri.get())) {
            return Optional.empty(); // Plaza's own object: listeners read it from the store
        }
        if (ref instanceof Ref.Embedded(AsObject embedded)) {
            if (iri.isEmpty()) {
                if (NEED_CONTENT.contains(activity.type())) {
                    throw Refused.badRequest("the object of %s has no id to check it by".formatted(activity.id()));
                }
                return Optional.empty();
            }
            if (Origins.same(iri.get(), actor)) {
                return Optional.of(embedded);
            }
            return Optional.of(fetch(iri.get(), activity));
        }
        if (activity.type().equals("Announce") && iri.isPresent()) {
            return authorOfBoost(iri.get());
        }
        return NEED_CONTENT.contains(activity.type()) ? Optional.of(fetch(iri.orElseThrow(), activity)) : Optional.empty();
    }

    /**
     * A boosted post is fetched so that its author can be checked against the blocks; one that cannot
     * be fetched is still recorded as a boost of its IRI, as before (nothing else is taken from it).
     */
    private Optional<AsObject> authorOfBoost(String iri) {
        try {
            return Optional.of(remote.fetch(iri));
        } catch (FederationException | OutboundRequestException e) {
            return Optional.empty();
        }
    }

    private AsObject fetch(String iri, Activity activity) {
        try {
            return remote.fetch(iri);
        } catch (FederationException | OutboundRequestException e) {
            throw Refused.badRequest("the object %s of %s could not be fetched from its origin: %s"
                    .formatted(iri, activity.id(), e.getMessage()));
        }
    }
}
