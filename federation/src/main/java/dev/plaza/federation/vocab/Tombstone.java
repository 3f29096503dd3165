package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** What a server answers for a deleted object, and what a Delete activity may carry. */
public record Tombstone(String id, Optional<String> formerType, Optional<Instant> deleted) implements AsObject {

    public Tombstone {
        requireNonNull(id, "id");
        requireNonNull(formerType, "formerType");
        requireNonNull(deleted, "deleted");
    }

    @Override
    public Optional<String> iri() {
        return Optional.of(id);
    }

    @Override
    public String asType() {
        return "Tombstone";
    }
}
