package dev.plaza.federation.inbox;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.Store;
import dev.plaza.core.actors.Follow;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.vocab.Activity;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.Note;
import dev.plaza.federation.vocab.Ref;
import dev.plaza.federation.vocab.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whom an activity is for: the owner of a per-actor inbox; on the shared inbox, every local actor it
 * addresses (to, cc, audience, its objects, such as the object of a Follow or the accounts and posts
 * of a Flag, mentions) and those following the sender when it is addressed to the sender's followers.
 */
final class Recipients {

    private final Store store;
    private final ActorUris uris;

    Recipients(Store store, ActorUris uris) {
        this.store = store;
        this.uris = uris;
    }

    /** The owner of a per-actor inbox; a 404 when there is no such actor. */
    LocalActor owner(String username) {
        return store.localActors().findByUsername(username).orElseThrow(() -> new NotFoundException("actor", username));
    }

    List<LocalActor> of(Activity activity, Actor sender) {
        Set<String> addressed = new LinkedHashSet<>();
        addressed.addAll(activity.to());
        addressed.addAll(activity.cc());
        addressed.addAll(activity.audience());
        addressed.addAll(activity.objectIris());
        activity.target().flatMap(Ref::iri).ifPresent(addressed::add);
        activity.object().ifPresent(object -> addressedBy(object, addressed));
        Map<Long, LocalActor> found = new LinkedHashMap<>();
        for (String iri : addressed) {
            local(iri).or(() -> authorOfLocalObject(iri)).ifPresent(actor -> found.putIfAbsent(actor.id(), actor));
        }
        if (sender.followers().filter(addressed::contains).isPresent()) {
            List<Follow> following = store.follows().followingOf(sender.id());
            if (!following.isEmpty()) {
                Map<Long, LocalActor> byId = allLocalActors();
                following.stream().map(f -> byId.get(f.localActorId())).filter(a -> a != null)
                        .forEach(actor -> found.putIfAbsent(actor.id(), actor));
            }
        }
        return new ArrayList<>(found.values());
    }

    // LocalActors has no lookup by id; there are few local actors, so read them all.
    private Map<Long, LocalActor> allLocalActors() {
        Map<Long, LocalActor> byId = new LinkedHashMap<>();
        store.workspaces().list().forEach(w -> store.localActors().list(w.id()).forEach(a -> byId.put(a.id(), a)));
        return byId;
    }

    private static void addressedBy(Ref object, Set<String> addressed) {
        if (object instanceof Ref.Embedded(Note note)) {
            addressed.addAll(note.to());
            addressed.addAll(note.cc());
            note.inReplyTo().ifPresent(addressed::add);
            note.tags().stream().filter(t -> t.kind() == Tag.Kind.MENTION).flatMap(t -> t.href().stream())
                    .forEach(addressed::add);
        } else if (object instanceof Ref.Embedded(Activity inner)) {
            inner.objectIri().ifPresent(addressed::add);
        }
    }

    /** The local actor an IRI names (its actor URI), if it is one of Plaza's. */
    Optional<LocalActor> local(String iri) {
        String prefix = uris.actor("");
        if (!iri.startsWith(prefix)) {
            return Optional.empty();
        }
        String username = iri.substring(prefix.length());
        return username.matches(LocalActor.USERNAME) ? store.localActors().findByUsername(username) : Optional.empty();
    }

    /** The local actor whose post (or other object under {@code /users/NAME/}) an IRI names. */
    private Optional<LocalActor> authorOfLocalObject(String iri) {
        String prefix = uris.actor("");
        if (!iri.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = iri.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash > 0 ? local(prefix + rest.substring(0, slash)) : Optional.empty();
    }

    /** The actor URI of the local actor with this id, if there still is one. */
    Optional<String> uriOf(long localActorId) {
        return store.localActors().find(localActorId).map(this::uriOf);
    }

    String uriOf(LocalActor actor) {
        return uris.actor(actor.username());
    }

    boolean isLocal(String iri) {
        return Origins.same(iri, uris.base().toString());
    }
}
