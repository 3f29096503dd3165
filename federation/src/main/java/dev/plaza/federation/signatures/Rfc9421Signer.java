package dev.plaza.federation.signatures;

import dev.plaza.net.RequestSigner;
import dev.plaza.net.SignableRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import static java.util.Objects.requireNonNull;

/**
 * Signs with RFC 9421 HTTP Message Signatures as Fedify verifies them: label {@code sig1}, components
 * {@code "@method" "@target-uri" "@authority"} plus {@code "content-digest"} (RFC 9530) when there is a
 * body, parameters created, keyid and alg ({@code rsa-v1_5-sha256} or {@code ed25519}).
 */
public final class Rfc9421Signer implements RequestSigner {

    static final String LABEL = "sig1";

    private final SigningKey key;
    private final Clock clock;

    public Rfc9421Signer(SigningKey key, Clock clock) {
        this.key = requireNonNull(key, "key");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public SignableRequest sign(SignableRequest request) {
        List<StructuredFields.Item> components = new ArrayList<>();
        for (String name : List.of("@method", "@target-uri", "@authority")) {
            components.add(new StructuredFields.Item(name, Map.of()));
        }
        SignableRequest prepared = request;
        if (request.hasBody()) {
            prepared = prepared.withHeader("Content-Digest", Digests.contentDigestHeader(request.body()));
            components.add(new StructuredFields.Item("content-digest", Map.of()));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("created", clock.instant().getEpochSecond());
        params.put("keyid", key.keyId().toString());
        params.put("alg", key.type() == KeyType.RSA ? "rsa-v1_5-sha256" : "ed25519");
        StructuredFields.InnerList input = new StructuredFields.InnerList(List.copyOf(components), params);
        byte[] signature = key.type().sign(key.privateKey(), Rfc9421Base.build(prepared, input));
        return prepared
                .withHeader("Signature-Input", LABEL + "=" + StructuredFields.serialize(input))
                .withHeader("Signature", LABEL + "=:" + Base64.getEncoder().encodeToString(signature) + ":");
    }
}
