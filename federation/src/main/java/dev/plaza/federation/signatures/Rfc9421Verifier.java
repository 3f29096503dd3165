package dev.plaza.federation.signatures;

import dev.plaza.net.SignableRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.MALFORMED;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.MISSING_HEADER;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.STALE;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.UNSIGNED;
import static dev.plaza.federation.signatures.SignatureRejectedException.Reason.UNSUPPORTED_ALGORITHM;
import static java.util.Objects.requireNonNull;

/**
 * Verifies RFC 9421 HTTP Message Signatures (§3.2). The first label present in both Signature-Input and
 * Signature is checked. It must cover {@code @method}, the target ({@code @target-uri}, or
 * {@code @authority} with {@code @path}) and {@code content-digest} when there is a body, and carry
 * created and keyid parameters.
 */
public final class Rfc9421Verifier {

    private final DateWindow window;
    private final Clock clock;

    public Rfc9421Verifier(DateWindow window, Clock clock) {
        this.window = requireNonNull(window, "window");
        this.clock = requireNonNull(clock, "clock");
    }

    public VerifiedSignature verify(SignableRequest request, KeyResolver keys) {
        Map<String, Object> inputs = dictionary(request, "Signature-Input");
        Map<String, Object> signatures = dictionary(request, "Signature");
        String label = inputs.keySet().stream().filter(signatures::containsKey).findFirst()
                .orElseThrow(() -> new SignatureRejectedException(MALFORMED,
                        "no label is in both Signature-Input %s and Signature %s".formatted(inputs.keySet(), signatures.keySet())));
        if (!(inputs.get(label) instanceof StructuredFields.InnerList input)) {
            throw new SignatureRejectedException(MALFORMED, "Signature-Input %s is not an inner list of components".formatted(label));
        }
        if (!(signatures.get(label) instanceof StructuredFields.Item item && item.value() instanceof byte[] signature)) {
            throw new SignatureRejectedException(MALFORMED, "Signature %s is not a byte sequence (:base64:)".formatted(label));
        }
        List<String> covered = input.items().stream().map(i -> String.valueOf(i.value())).toList();
        checkCoverage(request, covered);
        URI keyId = keyId(input.params());
        Optional<KeyType> algorithm = algorithm(input.params());
        checkTimes(request, covered, input.params());
        if (request.hasBody() || request.headers().contains("content-digest")) {
            Digests.checkContentDigest(request.headers().combined("content-digest").orElseThrow(() ->
                    new SignatureRejectedException(MISSING_HEADER, "the request has a body but no Content-Digest header")),
                    request.body());
        }
        byte[] base = Rfc9421Base.build(request, input);
        ResolvedKey key = KeyCheck.verify(keyId, keys, k -> keyType(algorithm, k).verify(k.publicKey(), base, signature));
        return new VerifiedSignature(key.keyId(), key.owner(), SignatureDialect.RFC_9421);
    }

    private static Map<String, Object> dictionary(SignableRequest request, String field) {
        String value = request.headers().combined(field)
                .orElseThrow(() -> new SignatureRejectedException(UNSIGNED, "the request has no %s header".formatted(field)));
        try {
            return StructuredFields.parseDictionary(value);
        } catch (StructuredFields.ParseException e) {
            throw new SignatureRejectedException(MALFORMED, "%s is not a structured dictionary: %s".formatted(field, e.getMessage()), e);
        }
    }

    private static void checkCoverage(SignableRequest request, List<String> covered) {
        if (!covered.contains("@method")) {
            throw missing("@method", covered);
        }
        if (!covered.contains("@target-uri") && !(covered.contains("@authority") && covered.contains("@path"))) {
            throw missing("the target (@target-uri, or @authority and @path)", covered);
        }
        if (request.hasBody() && !covered.contains("content-digest")) {
            throw missing("content-digest on a %s with a body".formatted(request.method()), covered);
        }
    }

    private static SignatureRejectedException missing(String what, List<String> covered) {
        return new SignatureRejectedException(MISSING_HEADER,
                "the signature does not cover %s (it covers: %s)".formatted(what, String.join(" ", covered)));
    }

    private static URI keyId(Map<String, Object> params) {
        if (!(params.get("keyid") instanceof String keyId)) {
            throw new SignatureRejectedException(MALFORMED, "Signature-Input has no keyid string parameter");
        }
        try {
            URI uri = new URI(keyId);
            if (uri.isAbsolute() && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new SignatureRejectedException(MALFORMED, "keyid \"%s\" is not an absolute URI".formatted(keyId));
    }

    private static Optional<KeyType> algorithm(Map<String, Object> params) {
        Object alg = params.get("alg");
        if (alg == null) {
            return Optional.empty();
        }
        return switch (String.valueOf(alg)) {
            case "rsa-v1_5-sha256" -> Optional.of(KeyType.RSA);
            case "ed25519" -> Optional.of(KeyType.ED25519);
            default -> throw new SignatureRejectedException(UNSUPPORTED_ALGORITHM,
                    "alg \"%s\" is not supported; Plaza accepts rsa-v1_5-sha256 and ed25519".formatted(alg));
        };
    }

    /** §3.3.7: without alg, the key decides; with alg, it must match the key. */
    private static KeyType keyType(Optional<KeyType> algorithm, ResolvedKey key) {
        KeyType type = KeyType.of(key.publicKey());
        if (algorithm.isPresent() && algorithm.get() != type) {
            throw new SignatureRejectedException(UNSUPPORTED_ALGORITHM,
                    "alg names a %s signature but key %s is %s".formatted(algorithm.get(), key.keyId(), type));
        }
        return type;
    }

    private void checkTimes(SignableRequest request, List<String> covered, Map<String, Object> params) {
        Instant now = clock.instant();
        if (!(params.get("created") instanceof Long created)) {
            throw new SignatureRejectedException(MALFORMED, "Signature-Input has no created integer parameter");
        }
        window.check("created", Instant.ofEpochSecond(created), now);
        if (params.get("expires") instanceof Long expires && now.isAfter(Instant.ofEpochSecond(expires))) {
            throw new SignatureRejectedException(STALE,
                    "the signature expired at %s (now %s)".formatted(Instant.ofEpochSecond(expires), now));
        }
        if (covered.contains("date")) {
            request.headers().first("date").ifPresent(date -> window.check("Date", HttpDates.parse(date), now));
        }
    }
}
