package dev.plaza.atproto.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.crypto.DidKey;
import dev.plaza.atproto.crypto.KeyType;
import dev.plaza.atproto.crypto.PublicKey;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What atproto reads from a DID document (atproto identity spec): the DID, the handle it claims
 * ({@code at://handle} among {@code alsoKnownAs}), the repository signing key ({@code #atproto})
 * and the PDS ({@code #atproto_pds}). The claimed handle counts only once the handle resolves back
 * to this DID; that check is the resolver's.
 */
public record DidDocument(Did did, List<String> alsoKnownAs, Optional<Handle> claimedHandle,
                          Optional<PublicKey> signingKey, Optional<URI> pds) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public DidDocument {
        alsoKnownAs = List.copyOf(alsoKnownAs);
    }

    public static DidDocument parse(byte[] json) {
        try {
            return parse(JSON.readTree(json));
        } catch (IOException e) {
            throw new AtprotoException("a DID document is not JSON: " + e.getMessage(), e);
        }
    }

    public static DidDocument parse(JsonNode document) {
        if (!document.isObject() || !document.path("id").isTextual()) {
            throw new AtprotoException("a DID document is a JSON object with an id");
        }
        Did did = Did.parse(document.get("id").asText());
        List<String> aliases = new ArrayList<>();
        document.path("alsoKnownAs").forEach(alias -> aliases.add(alias.asText()));
        Optional<Handle> handle = aliases.stream()
                .filter(alias -> alias.startsWith("at://"))
                .map(alias -> alias.substring("at://".length()))
                .filter(Handle::isValid)
                .findFirst()
                .map(Handle::parse);
        return new DidDocument(did, aliases, handle, signingKey(did, document), pds(did, document));
    }

    private static Optional<PublicKey> signingKey(Did did, JsonNode document) {
        for (JsonNode method : document.path("verificationMethod")) {
            if (!isFragment(did, method.path("id").asText(), "atproto")) {
                continue;
            }
            String type = method.path("type").asText();
            String multibase = method.path("publicKeyMultibase").asText("");
            if (type.equals("Multikey")) {
                return Optional.of(DidKey.parseMultikey(multibase));
            }
            KeyType legacy = KeyType.byLegacySuite(type).orElseThrow(() -> new AtprotoException(
                    "the #atproto key of %s has type %s, which atproto does not use".formatted(did, type)));
            return Optional.of(DidKey.parseLegacyMultibase(legacy, multibase));
        }
        return Optional.empty();
    }

    private static Optional<URI> pds(Did did, JsonNode document) {
        for (JsonNode service : document.path("service")) {
            if (isFragment(did, service.path("id").asText(), "atproto_pds")
                    && service.path("type").asText().equals("AtprotoPersonalDataServer")
                    && service.path("serviceEndpoint").isTextual()) {
                URI endpoint = URI.create(service.get("serviceEndpoint").asText());
                if (endpoint.getScheme() == null || !endpoint.getScheme().matches("https?") || endpoint.getHost() == null) {
                    throw new AtprotoException("the PDS of %s is not an http(s) URL: %s".formatted(did, endpoint));
                }
                return Optional.of(endpoint);
            }
        }
        return Optional.empty();
    }

    /** "#name" or "did…#name": both name the method {@code name} of this DID. */
    private static boolean isFragment(Did did, String id, String name) {
        return id.equals("#" + name) || id.equals(did + "#" + name);
    }
}
