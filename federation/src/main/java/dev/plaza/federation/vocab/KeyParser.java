package dev.plaza.federation.vocab;

import java.util.List;

/** {@code publicKey} entries and FEP-521a {@code assertionMethod} Multikeys. */
final class KeyParser {

    private KeyParser() {
    }

    static PublicKey publicKey(Node key) {
        String pem = key.text("publicKeyPem").orElseThrow(() -> key.field("publicKeyPem").malformed("missing; a key needs its PEM"));
        return new PublicKey(key.requiredId(), key.iri("owner"), pem);
    }

    static Multikey multikey(Node key) {
        String controller = key.iri("controller").orElseThrow(() -> key.field("controller").malformed("missing; a Multikey needs its controller"));
        String multibase = key.text("publicKeyMultibase")
                .orElseThrow(() -> key.field("publicKeyMultibase").malformed("missing; a Multikey needs its key"));
        return new Multikey(key.requiredId(), controller, multibase);
    }

    /** An actor's keys; entries given only by IRI name a key document to fetch and are left out here. */
    static List<PublicKey> publicKeys(Node actor) {
        return actor.field("publicKey").elements(actor.limits().maxAttachments()).stream()
                .filter(key -> key.json().isObject()).map(KeyParser::publicKey).toList();
    }

    static List<Multikey> assertionMethods(Node actor) {
        return actor.field("assertionMethod").elements(actor.limits().maxAttachments()).stream()
                .filter(key -> key.json().isObject() && isMultikey(key)).map(KeyParser::multikey).toList();
    }

    private static boolean isMultikey(Node key) {
        List<String> types = key.field("type").types();
        return types.contains("Multikey") || types.isEmpty() && key.text("publicKeyMultibase").isPresent();
    }
}
