package dev.plaza.federation.signatures;

import dev.plaza.net.SignableRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.MISSING_HEADER;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.STALE;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.UNSIGNED;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.UNSUPPORTED_ALGORITHM;
import static java.util.Objects.requireNonNull;

/**
 * Verifies draft-cavage-http-signatures-12 as Mastodon and Fedify produce it. Refuses a signature that
 * does not cover (request-target), host, date or (created), and digest when there is a body.
 */
public final class DraftCavageVerifier {

    private final DateWindow window;
    private final Clock clock;

    public DraftCavageVerifier(DateWindow window, Clock clock) {
        this.window = requireNonNull(window, "window");
        this.clock = requireNonNull(clock, "clock");
    }

    public VerifiedSignature verify(SignableRequest request, KeyResolver keys) {
        String value = request.headers().first("signature")
                .orElseThrow(() -> new SignatureRejectedException(UNSIGNED, "the request has no Signature header"));
        DraftCavageHeader header = DraftCavageHeader.parse(value);
        checkAlgorithmName(header);
        checkCoverage(request, header.headers());
        checkDigest(request, header.headers());
        checkTimes(request, header);
        ResolvedKey key = KeyCheck.verify(header.keyId(), keys, k -> matches(request, header, k));
        return new VerifiedSignature(key.keyId(), key.owner(), SignatureDialect.DRAFT_CAVAGE);
    }

    private static void checkAlgorithmName(DraftCavageHeader header) {
        String algorithm = header.algorithm().orElse("hs2019").toLowerCase(Locale.ROOT);
        if (!algorithm.equals("hs2019") && !algorithm.equals("rsa-sha256")) {
            throw new SignatureRejectedException(UNSUPPORTED_ALGORITHM,
                    "algorithm \"%s\" is not supported; Plaza accepts rsa-sha256 and hs2019".formatted(algorithm));
        }
    }

    private static void checkCoverage(SignableRequest request, List<String> covered) {
        require(covered, "(request-target)", "");
        require(covered, "host", "");
        if (!covered.contains("date") && !covered.contains("(created)")) {
            throw new SignatureRejectedException(MISSING_HEADER,
                    "the signature covers neither date nor (created) (it covers: %s)".formatted(String.join(" ", covered)));
        }
        if (request.hasBody()) {
            require(covered, "digest", " on a %s with a body".formatted(request.method()));
        }
    }

    private static void require(List<String> covered, String name, String context) {
        if (!covered.contains(name)) {
            throw new SignatureRejectedException(MISSING_HEADER, "the signature does not cover %s%s (it covers: %s)"
                    .formatted(name, context, String.join(" ", covered)));
        }
    }

    private static void checkDigest(SignableRequest request, List<String> covered) {
        var digest = request.headers().combined("digest");
        if (digest.isEmpty() && covered.contains("digest")) {
            throw new SignatureRejectedException(MISSING_HEADER, "the signature covers digest but the request has no Digest header");
        }
        digest.ifPresent(d -> Digests.checkDigest(d, request.body()));
    }

    private void checkTimes(SignableRequest request, DraftCavageHeader header) {
        Instant now = clock.instant();
        if (header.headers().contains("date")) {
            String date = request.headers().first("date").orElseThrow(() -> new SignatureRejectedException(
                    MISSING_HEADER, "the signature covers date but the request has no Date header"));
            window.check("Date", HttpDates.parse(date), now);
        }
        header.created().ifPresent(created -> window.check("created", Instant.ofEpochSecond(created), now));
        header.expires().ifPresent(expires -> {
            if (now.isAfter(Instant.ofEpochSecond(expires))) {
                throw new SignatureRejectedException(STALE, "the signature expired at %s (now %s)"
                        .formatted(Instant.ofEpochSecond(expires), now));
            }
        });
    }

    private static boolean matches(SignableRequest request, DraftCavageHeader header, ResolvedKey key) {
        KeyType type = keyTypeFor(header, key);
        String full = request.pathAndQuery();
        if (type.verify(key.publicKey(), signingString(request, header, full), header.signature())) {
            return true;
        }
        // Fedify signs (request-target) with the path alone, leaving the query out.
        return !full.equals(request.path())
                && type.verify(key.publicKey(), signingString(request, header, request.path()), header.signature());
    }

    private static byte[] signingString(SignableRequest request, DraftCavageHeader header, String target) {
        return DraftCavageSigningString.build(request, header.headers(), target, header.created(), header.expires());
    }

    /** §2.1.3: rsa-sha256 needs an RSA key; hs2019 (or no algorithm) takes the key's own type. */
    private static KeyType keyTypeFor(DraftCavageHeader header, ResolvedKey key) {
        KeyType type = KeyType.of(key.publicKey());
        boolean rsaOnly = header.algorithm().orElse("hs2019").equalsIgnoreCase("rsa-sha256");
        if (rsaOnly && type != KeyType.RSA) {
            throw new SignatureRejectedException(UNSUPPORTED_ALGORITHM,
                    "algorithm rsa-sha256 needs an RSA key but %s is %s".formatted(key.keyId(), type));
        }
        return type;
    }
}
