package dev.plaza.core.people;

import java.util.Arrays;
import java.util.Locale;

/** What an identity can say about itself that may tie it to its other identities. */
public enum ClaimKind {
    /** A link on the profile; verified when the linked page links back with {@code rel="me"}. */
    REL_ME(true),
    /** An ActivityPub {@code alsoKnownAs} entry: the stable id of another account of the same owner. */
    ALSO_KNOWN_AS(false),
    /** A Bluesky handle that is the owner's own domain, proven by DNS or {@code /.well-known/atproto-did}. */
    DOMAIN_HANDLE(false),
    /** The identity's website; verified when it links back to the profile with {@code rel="me"}. */
    WEBSITE(true);

    private final boolean url;

    ClaimKind(boolean url) {
        this.url = url;
    }

    /** Whether the claim's value is a web address (otherwise a stable id or a domain). */
    public boolean isUrl() {
        return url;
    }

    /** The lower-case name used in the API and the database. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClaimKind fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equalsIgnoreCase(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown claim kind '%s'; expected one of %s"
                        .formatted(key, Arrays.stream(values()).map(ClaimKind::key).toList())));
    }
}
