package dev.plaza.federation.signatures;

/** The two ways the fediverse signs HTTP requests. */
public enum SignatureDialect {
    /** draft-cavage-http-signatures-12 with Digest: Mastodon, Misskey, Pleroma, most servers today. */
    DRAFT_CAVAGE,
    /** RFC 9421 HTTP Message Signatures with RFC 9530 Content-Digest: Fedify's first knock. */
    RFC_9421
}
