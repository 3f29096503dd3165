package dev.plaza.federation.moving;

import dev.plaza.core.PlazaException;
import dev.plaza.federation.FederationException;
import dev.plaza.federation.inbox.RemoteObjects;
import dev.plaza.federation.vocab.AsObject;
import dev.plaza.federation.vocab.Collection;
import dev.plaza.federation.vocab.Ref;
import dev.plaza.net.OutboundRequestException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The members of an actor's public followers collection: its items, or its pages followed from
 * {@code first} through {@code next} (Mastodon pages it; Fedify may not). Servers that hide the
 * list answer 401/403 or show only {@code totalItems}; that is said plainly.
 */
final class FollowersCollection {

    static final int MAX_PAGES = 1_000;
    static final int MAX_MEMBERS = 100_000;

    private final RemoteObjects remote;

    FollowersCollection(RemoteObjects remote) {
        this.remote = remote;
    }

    Set<String> members(String collectionUri) {
        Collection collection = collection(fetch(collectionUri), collectionUri);
        Set<String> members = new LinkedHashSet<>();
        add(members, collection);
        Optional<Ref> page = collection.first();
        Set<String> seen = new LinkedHashSet<>();
        while (page.isPresent() && seen.size() < MAX_PAGES && members.size() < MAX_MEMBERS) {
            Collection current = page.get() instanceof Ref.Embedded(Collection embedded) ? embedded
                    : collection(fetch(page.get().iri().orElseThrow()), page.get().iri().orElseThrow());
            if (!seen.add(current.id().orElse("page " + seen.size()))) {
                break;
            }
            add(members, current);
            page = current.next();
        }
        if (members.isEmpty() && collection.totalItems().orElse(0L) > 0) {
            throw new PlazaException(("%s shows only how many followers there are (%d), not who they are; upload the"
                    + " followers list as a CSV instead").formatted(collectionUri, collection.totalItems().get()));
        }
        return members;
    }

    private static void add(Set<String> members, Collection collection) {
        for (Ref item : collection.items()) {
            item.iri().filter(iri -> iri.startsWith("https://") || iri.startsWith("http://")).ifPresent(members::add);
        }
    }

    private AsObject fetch(String uri) {
        try {
            return remote.fetch(uri);
        } catch (FederationException | OutboundRequestException e) {
            throw new PlazaException("could not read the followers list %s: %s; if the old server hides it, upload the"
                    .formatted(uri, e.getMessage()) + " followers list as a CSV instead", e);
        }
    }

    private static Collection collection(AsObject object, String uri) {
        if (object instanceof Collection collection) {
            return collection;
        }
        throw new PlazaException("%s is a %s, not a followers collection".formatted(uri, object.asType()));
    }
}
