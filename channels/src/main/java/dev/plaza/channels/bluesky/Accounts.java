package dev.plaza.channels.bluesky;

import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.SeenIdentity;
import java.util.Optional;

/**
 * Bluesky accounts as Plaza's identities: the DID is the stable id, since handles change. An
 * export names most accounts by DID alone; then the DID stands in for the handle until a mention
 * (whose text shows {@code @handle}) or a later connector tells the handle.
 */
final class Accounts {

    private static final String WEB = "https://bsky.app/profile/";

    private Accounts() {
    }

    static SeenIdentity of(String did, Optional<String> handle, Optional<String> displayName) {
        String shown = handle.orElse(did);
        return SeenIdentity.of(Platform.BLUESKY, did, shown, displayName.filter(n -> !n.isBlank()).orElse(shown),
                Optional.of(profileUrl(did)));
    }

    /**
     * An account whose handle is known and whose name is not: the DID stands in for the name, which
     * leaves a name Plaza knows as it is (a new identity is named by its handle).
     */
    static SeenIdentity named(String did, String handle) {
        return SeenIdentity.of(Platform.BLUESKY, did, handle, did, Optional.of(profileUrl(did)));
    }

    static SeenIdentity known(String did) {
        return of(did, Optional.empty(), Optional.empty());
    }

    static boolean hasHandle(SeenIdentity identity) {
        return !identity.handle().equals(identity.stableId());
    }

    static String profileUrl(String did) {
        return WEB + did;
    }

    /** Where a post is read on the web: bsky.app takes a DID wherever it takes a handle. */
    static String postUrl(String did, String rkey) {
        return WEB + did + "/post/" + rkey;
    }
}
