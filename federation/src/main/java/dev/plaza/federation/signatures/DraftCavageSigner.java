package dev.plaza.federation.signatures;

import dev.plaza.net.RequestSigner;
import dev.plaza.net.SignableRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import static java.util.Objects.requireNonNull;

/**
 * Signs as Mastodon does (draft-cavage-http-signatures-12): {@code (request-target) host date}, plus
 * {@code digest} when there is a body, with {@code Digest: SHA-256=…}.
 */
public final class DraftCavageSigner implements RequestSigner {

    private static final List<String> WITHOUT_BODY = List.of("(request-target)", "host", "date");
    private static final List<String> WITH_BODY = List.of("(request-target)", "host", "date", "digest");

    private final SigningKey key;
    private final String algorithm;
    private final Clock clock;

    private DraftCavageSigner(SigningKey key, String algorithm, Clock clock) {
        this.key = requireNonNull(key, "key");
        this.algorithm = algorithm;
        this.clock = requireNonNull(clock, "clock");
    }

    /** rsa-sha256 for an RSA key (what every peer verifies), hs2019 for an Ed25519 key. */
    public static DraftCavageSigner of(SigningKey key, Clock clock) {
        return new DraftCavageSigner(key, key.type() == KeyType.RSA ? "rsa-sha256" : "hs2019", clock);
    }

    /** hs2019 whatever the key; with RSA that means RSASSA-PKCS1-v1_5 SHA-256, as Mastodon reads it. */
    public static DraftCavageSigner hs2019(SigningKey key, Clock clock) {
        return new DraftCavageSigner(key, "hs2019", clock);
    }

    @Override
    public SignableRequest sign(SignableRequest request) {
        SignableRequest prepared = request
                .withHeader("Host", request.authority())
                .withHeader("Date", HttpDates.format(clock.instant()));
        if (request.hasBody()) {
            prepared = prepared.withHeader("Digest", Digests.digestHeader(request.body()));
        }
        List<String> covered = request.hasBody() ? WITH_BODY : WITHOUT_BODY;
        byte[] signingString = DraftCavageSigningString.build(prepared, covered, prepared.pathAndQuery(),
                Optional.empty(), Optional.empty());
        byte[] signature = key.type().sign(key.privateKey(), signingString);
        DraftCavageHeader header = new DraftCavageHeader(key.keyId(), Optional.of(algorithm), covered, signature,
                Optional.empty(), Optional.empty());
        return prepared.withHeader("Signature", header.format());
    }
}
