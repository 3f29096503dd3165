package dev.plaza.federation.vocab;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The terms Plaza reads by name, and the IRIs the published contexts give them. A document may
 * repeat a definition (Mastodon's inline context does) but never point a term somewhere else:
 * a JSON-LD processor would then read a different document than Plaza does.
 */
final class Terms {

    static final String AS = "https://www.w3.org/ns/activitystreams#";
    static final String PUBLIC = AS + "Public";
    static final String TOOT = "http://joinmastodon.org/ns#";
    static final String SEC = "https://w3id.org/security#";
    static final String LDP = "http://www.w3.org/ns/ldp#";

    // schema.org is spelled four ways across servers (Mastodon "http://schema.org#", Mitra "http://schema.org/").
    private static final List<String> SCHEMA = List.of(
            "http://schema.org#", "http://schema.org/", "https://schema.org#", "https://schema.org/");

    static final Map<String, String> PREFIXES = Map.of("as", AS, "toot", TOOT, "sec", SEC, "ldp", LDP,
            "schema", SCHEMA.getFirst(), "xsd", "http://www.w3.org/2001/XMLSchema#");

    private static final List<String> AS_TERMS = List.of(
            "actor", "object", "target", "to", "cc", "bto", "bcc", "audience", "published", "updated",
            "attributedTo", "content", "contentMap", "summary", "summaryMap", "sensitive", "inReplyTo", "url",
            "tag", "attachment", "oneOf", "anyOf", "replies", "totalItems", "name", "nameMap", "href",
            "mediaType", "first", "next", "partOf", "items", "orderedItems", "preferredUsername", "outbox",
            "followers", "following", "endpoints", "sharedInbox", "icon", "image", "alsoKnownAs", "movedTo",
            "manuallyApprovesFollowers", "formerType", "deleted", "endTime", "closed",
            "Mention", "Hashtag", "Link", "Tombstone", "Note", "Article", "Question", "Person", "Service",
            "Organization", "Group", "Application", "Collection", "OrderedCollection", "CollectionPage",
            "OrderedCollectionPage", "Document", "Image", "Video", "Audio", "Public");
    private static final List<String> TOOT_TERMS = List.of("featured", "discoverable", "Emoji", "votersCount");
    private static final List<String> SEC_TERMS = List.of(
            "publicKey", "publicKeyPem", "owner", "assertionMethod", "controller", "publicKeyMultibase", "Multikey");
    private static final List<String> SCHEMA_TERMS = List.of("PropertyValue", "value");

    private static final Map<String, Set<String>> MEANINGS = meanings();
    private static final Map<String, String> TERM_OF_IRI = termsOfIris();

    private Terms() {
    }

    /** The IRIs {@code term} may stand for, when it is one Plaza reads. */
    static Optional<Set<String>> meanings(String term) {
        return Optional.ofNullable(MEANINGS.get(term));
    }

    /** The term Plaza reads under this IRI, if any. */
    static Optional<String> termOf(String iri) {
        return Optional.ofNullable(TERM_OF_IRI.get(iri));
    }

    /** Expands a compact IRI such as {@code as:actor}, preferring prefixes the document defined. */
    static String expand(String value, Map<String, String> localPrefixes) {
        int colon = value.indexOf(':');
        if (colon < 0 || value.startsWith("//", colon + 1)) {
            return value;
        }
        String prefix = value.substring(0, colon);
        String namespace = localPrefixes.getOrDefault(prefix, PREFIXES.get(prefix));
        return namespace == null ? value : namespace + value.substring(colon + 1);
    }

    /** Whether redefining a well-known prefix keeps its meaning. */
    static boolean samePrefix(String prefix, String namespace) {
        String known = PREFIXES.get(prefix);
        return known == null || known.equals(namespace) || prefix.equals("schema") && SCHEMA.contains(namespace);
    }

    private static Map<String, Set<String>> meanings() {
        Map<String, Set<String>> meanings = new HashMap<>();
        AS_TERMS.forEach(term -> meanings.put(term, Set.of(AS + term)));
        meanings.put("inbox", Set.of(LDP + "inbox"));
        TOOT_TERMS.forEach(term -> meanings.put(term, Set.of(TOOT + term)));
        SEC_TERMS.forEach(term -> meanings.put(term, Set.of(SEC + term)));
        SCHEMA_TERMS.forEach(term -> meanings.put(term,
                Set.copyOf(SCHEMA.stream().map(namespace -> namespace + term).toList())));
        return Map.copyOf(meanings);
    }

    private static Map<String, String> termsOfIris() {
        Map<String, String> terms = new HashMap<>();
        MEANINGS.forEach((term, iris) -> iris.forEach(iri -> terms.put(iri, term)));
        return Map.copyOf(terms);
    }
}
