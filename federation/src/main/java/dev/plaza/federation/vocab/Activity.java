package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Something an actor did: Create, Follow, Announce, Undo... {@code actor} is always an IRI, even
 * when the document embedded the actor, because an embedded actor proves nothing.
 *
 * @param objects every object the document names, in order: a Flag names the reported account and
 *                its posts together; {@link #object()} is the first
 * @param content the activity's own text as sanitized HTML (a Flag's reason), not its object's
 */
public record Activity(
        String id,
        String type,
        Optional<String> actor,
        List<Ref> objects,
        Optional<Ref> target,
        List<String> to,
        List<String> cc,
        List<String> audience,
        Optional<Instant> published,
        Optional<String> content) implements AsObject {

    public Activity {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(actor, "actor");
        objects = List.copyOf(objects);
        requireNonNull(target, "target");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        audience = List.copyOf(audience);
        requireNonNull(published, "published");
        requireNonNull(content, "content");
    }

    /** An activity with one object (or none) and no text of its own: what Plaza itself sends. */
    public Activity(String id, String type, Optional<String> actor, Optional<Ref> object, Optional<Ref> target,
            List<String> to, List<String> cc, List<String> audience, Optional<Instant> published) {
        this(id, type, actor, object.stream().toList(), target, to, cc, audience, published, Optional.empty());
    }

    /** The object, or the first of several. */
    public Optional<Ref> object() {
        return objects.stream().findFirst();
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
        return object().flatMap(Ref::iri);
    }

    /** The IRIs of every object, each once, in order. */
    public List<String> objectIris() {
        return objects.stream().flatMap(ref -> ref.iri().stream()).distinct().toList();
    }
}
