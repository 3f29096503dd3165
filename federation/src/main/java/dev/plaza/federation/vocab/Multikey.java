package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A FEP-521a {@code assertionMethod} key: multibase text, e.g. Ed25519 for object integrity proofs. */
public record Multikey(String id, String controller, String publicKeyMultibase) implements AsObject {

    public Multikey {
        requireNonNull(id, "id");
        requireNonNull(controller, "controller");
        requireNonNull(publicKeyMultibase, "publicKeyMultibase");
    }

    @Override
    public Optional<String> iri() {
        return Optional.of(id);
    }

    @Override
    public String asType() {
        return "Multikey";
    }
}
