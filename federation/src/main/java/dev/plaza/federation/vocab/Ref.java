package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A property that names an object either by its IRI or by embedding a copy of it. */
public sealed interface Ref {

    /** The IRI the value names; for an embedded object, its id if it has one. */
    Optional<String> iri();

    /** A bare IRI: the object has to be fetched from its origin. */
    record Iri(String value) implements Ref {

        public Iri {
            requireNonNull(value, "value");
        }

        @Override
        public Optional<String> iri() {
            return Optional.of(value);
        }
    }

    /** An embedded copy; design §6: trust it no further than its origin, re-fetch when it matters. */
    record Embedded(AsObject object) implements Ref {

        public Embedded {
            requireNonNull(object, "object");
        }

        @Override
        public Optional<String> iri() {
            return object.iri();
        }
    }
}
