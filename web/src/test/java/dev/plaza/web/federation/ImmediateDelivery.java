package dev.plaza.web.federation;

import dev.plaza.core.Store;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.delivery.DeliveryQueue;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.signatures.DraftCavageSigner;
import dev.plaza.federation.signatures.SigningKey;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;

/** A delivery "queue" that posts at once, signed as the actor, and fails loudly: for tests against real peers. */
final class ImmediateDelivery implements DeliveryQueue {

    private final Store store;
    private final ActorUris uris;
    private final GuardedHttpClient client = new GuardedHttpClient(GuardSettings.forLoopbackTests());

    ImmediateDelivery(Store store, ActorUris uris) {
        this.store = store;
        this.uris = uris;
    }

    @Override
    public int enqueue(Delivery delivery) {
        LocalActor actor = store.workspaces().list().stream().flatMap(w -> store.localActors().list(w.id()).stream())
                .filter(a -> a.id() == delivery.actorId()).findFirst().orElseThrow();
        GuardedHttpClient signing = client.signingWith(DraftCavageSigner.of(signingKey(actor), Clock.systemUTC()));
        for (URI inbox : delivery.inboxes()) {
            FetchedResponse response = signing.post(inbox, Headers.of("Content-Type", "application/activity+json"),
                    delivery.activityJson());
            if (!response.isSuccess()) {
                throw new IllegalStateException("%s answered %s: %s".formatted(inbox, response, response.bodyText()));
            }
        }
        return delivery.inboxes().size();
    }

    private SigningKey signingKey(LocalActor actor) {
        try {
            return new SigningKey(URI.create(uris.rsaKey(actor.username())), KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(store.localActors().privateKeys(actor.id()).rsaPrivateKey())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
