package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A key for draft-cavage HTTP signatures, as in an actor's {@code publicKey} or a fetched key
 * document. {@code owner} is exposed as sent; checking it against the actor is the verifier's job.
 */
public record PublicKey(String id, Optional<String> owner, String publicKeyPem) implements AsObject {

    public PublicKey {
        requireNonNull(id, "id");
        requireNonNull(owner, "owner");
        requireNonNull(publicKeyPem, "publicKeyPem");
    }

    @Override
    public Optional<String> iri() {
        return Optional.of(id);
    }

    @Override
    public String asType() {
        return "CryptographicKey";
    }
}
