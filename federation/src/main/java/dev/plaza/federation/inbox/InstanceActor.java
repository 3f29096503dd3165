package dev.plaza.federation.inbox;

import dev.plaza.core.Store;
import dev.plaza.core.actors.ActorKind;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.community.Workspace;
import dev.plaza.federation.FederationException;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.signatures.DraftCavageSigner;
import dev.plaza.federation.signatures.SigningKey;
import dev.plaza.net.RequestSigner;
import dev.plaza.net.SignableRequest;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Comparator;

/**
 * The server's own actor ({@code instance_actor}, an Application), which signs Plaza's fetches of
 * remote actors and objects: servers in authorized-fetch mode answer only signed GETs. Created in
 * the oldest workspace on first use.
 */
final class InstanceActor implements RequestSigner {

    static final String USERNAME = "instance_actor";

    private final Store store;
    private final ActorUris uris;
    private final Clock clock;
    private volatile RequestSigner signer;

    InstanceActor(Store store, ActorUris uris, Clock clock) {
        this.store = store;
        this.uris = uris;
        this.clock = clock;
    }

    @Override
    public SignableRequest sign(SignableRequest request) {
        RequestSigner current = signer;
        if (current == null) {
            current = DraftCavageSigner.of(signingKey(ensure()), clock);
            signer = current;
        }
        return current.sign(request);
    }

    private LocalActor ensure() {
        ActorProvisioner provisioner = new ActorProvisioner(store.localActors());
        return store.localActors().findByUsername(USERNAME).orElseGet(() -> {
            long workspace = store.workspaces().list().stream().map(Workspace::id).min(Comparator.naturalOrder())
                    .orElseThrow(() -> new FederationException("there is no workspace yet to hold the instance actor"));
            try {
                return provisioner.create(workspace, USERNAME, ActorKind.APPLICATION, uris.host(), "");
            } catch (IllegalArgumentException raced) {
                return store.localActors().findByUsername(USERNAME).orElseThrow(() -> raced);
            }
        });
    }

    private SigningKey signingKey(LocalActor actor) {
        try {
            return new SigningKey(URI.create(uris.rsaKey(actor.username())), KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(store.localActors().privateKeys(actor.id()).rsaPrivateKey())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the instance actor's stored RSA key does not decode", e);
        }
    }
}
