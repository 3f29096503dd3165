package dev.plaza.federation.delivery;

import dev.plaza.core.actors.LocalActors;
import dev.plaza.core.delivery.DeliveryJob;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.federation.signatures.DraftCavageSigner;
import dev.plaza.federation.signatures.Rfc9421Signer;
import dev.plaza.federation.signatures.SignatureDialect;
import dev.plaza.federation.signatures.SigningKey;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import dev.plaza.net.RequestSigner;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * POSTs one job, signed as its actor with the RSA key (the one every peer can resolve, #main-key).
 * RFC 9421 first; on 400 or 401 the same request again with draft-cavage — Fedify's "double knock" —
 * and whichever dialect a host accepted is used for it from then on, without the second knock.
 */
final class Sender {

    private static final Headers CONTENT_TYPE = Headers.of("Content-Type", "application/activity+json");

    private record Signers(RequestSigner rfc9421, RequestSigner draftCavage) {
        RequestSigner of(SignatureDialect dialect) {
            return dialect == SignatureDialect.RFC_9421 ? rfc9421 : draftCavage;
        }
    }

    private final GuardedHttpClient http;
    private final LocalActors actors;
    private final ActorUris uris;
    private final Clock clock;
    private final Map<Long, Signers> signers = new ConcurrentHashMap<>();
    // Grows with the number of hosts delivered to: thousands, a few bytes each.
    private final Map<String, SignatureDialect> dialects = new ConcurrentHashMap<>();

    Sender(GuardedHttpClient http, LocalActors actors, ActorUris uris, Clock clock) {
        this.http = http;
        this.actors = actors;
        this.uris = uris;
        this.clock = clock;
    }

    FetchedResponse send(DeliveryJob job) {
        Signers actor = signers.computeIfAbsent(job.actorId(), id -> load(job));
        SignatureDialect known = dialects.get(job.host());
        SignatureDialect first = known == null ? SignatureDialect.RFC_9421 : known;
        FetchedResponse response = post(job, actor.of(first));
        if (known == null && (response.status() == 400 || response.status() == 401)) {
            FetchedResponse again = post(job, actor.of(SignatureDialect.DRAFT_CAVAGE));
            if (again.isSuccess()) {
                dialects.put(job.host(), SignatureDialect.DRAFT_CAVAGE);
            }
            return again;
        }
        if (known == null && response.isSuccess()) {
            dialects.put(job.host(), first);
        }
        return response;
    }

    private FetchedResponse post(DeliveryJob job, RequestSigner signer) {
        return http.signingWith(signer).post(job.inbox(), CONTENT_TYPE, job.activityJson());
    }

    private Signers load(DeliveryJob job) {
        byte[] pkcs8 = actors.privateKeys(job.actorId()).rsaPrivateKey();
        SigningKey key = new SigningKey(URI.create(uris.rsaKey(job.actorUsername())), rsa(pkcs8));
        return new Signers(new Rfc9421Signer(key, clock), DraftCavageSigner.of(key, clock));
    }

    private static PrivateKey rsa(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the actor's stored RSA key is not a PKCS#8 RSA key: " + e.getMessage(), e);
        }
    }
}
