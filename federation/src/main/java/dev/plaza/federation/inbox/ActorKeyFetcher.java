package dev.plaza.federation.inbox;

import dev.plaza.federation.FederationException;
import dev.plaza.federation.signatures.ActorKeys;
import dev.plaza.federation.signatures.KeyFetcher;
import dev.plaza.federation.signatures.ResolvedKey;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.AsObject;
import dev.plaza.federation.vocab.Multikey;
import dev.plaza.federation.vocab.PublicKey;
import java.net.URI;

/**
 * Finds a signing key by fetching its actor (a key id is the actor's URL plus a fragment, as
 * Mastodon and Fedify publish them) or a separate key document whose owner lists the key.
 */
final class ActorKeyFetcher implements KeyFetcher {

    private final RemoteObjects remote;

    ActorKeyFetcher(RemoteObjects remote) {
        this.remote = remote;
    }

    @Override
    public ResolvedKey fetch(URI keyId) {
        String id = keyId.toString();
        AsObject document = remote.fetch(id);
        Actor actor = switch (document) {
            case Actor a -> a;
            case PublicKey key -> remote.freshActor(key.owner()
                    .orElseThrow(() -> new FederationException("key %s names no owner".formatted(id))));
            default -> throw new FederationException("%s is a %s, neither an actor nor a key".formatted(id, document.asType()));
        };
        if (!Origins.same(actor.id(), id)) {
            throw new FederationException("key %s is not on the origin of its owner %s".formatted(id, actor.id()));
        }
        for (PublicKey key : actor.publicKeys()) {
            if (key.id().equals(id)) {
                return new ResolvedKey(keyId, URI.create(actor.id()), ActorKeys.publicKeyFromPem(key.publicKeyPem()));
            }
        }
        for (Multikey key : actor.assertionMethods()) {
            if (key.id().equals(id)) {
                return new ResolvedKey(keyId, URI.create(actor.id()), ActorKeys.publicKeyFromMultibase(key.publicKeyMultibase()));
            }
        }
        throw new FederationException("actor %s does not publish key %s".formatted(actor.id(), id));
    }
}
