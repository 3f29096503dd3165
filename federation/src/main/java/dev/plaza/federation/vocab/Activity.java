package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Something an actor did: Create, Follow, Announce, Undo... {@code actor} is always an IRI, even
 * when the document embedded the actor, because an embedded actor proves nothing.
 */
public record Activity(
        String id,
        String type,
        Optional<String> actor,
        Optional<Ref> object,
        Optional<Ref> target,
        List<String> to,
        List<String> cc,
        List<String> audience,
        Optional<Instant> published) implements AsObject {

    public Activity {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(actor, "actor");
        requireNonNull(object, "object");
        requireNonNull(target, "target");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        audience = List.copyOf(audience);
        requireNonNull(published, "published");
    }

    @Override
    public Optional<String> iri() {
        return Optional.of(id);
    }

    @Override
    public String asType() {
        return type;
    }

    /** The IRI of the object, whether the document named it or embedded it with an id. */
    public Optional<String> objectIri() {
        return object.flatMap(Ref::iri);
    }
}
