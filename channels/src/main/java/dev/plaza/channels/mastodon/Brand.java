package dev.plaza.channels.mastodon;

import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.SeenIdentity;

/**
 * The account the archive belongs to. Activities that Mastodon exports without an id of their own
 * (likes, bookmarks, follows, blocks, mutes) get one minted from the brand's address, the relation
 * and a hash of the target, so that importing the archive again, or the same relation from a CSV
 * export, gives the same uri.
 */
record Brand(SeenIdentity identity, Acct acct) {

    IdentityKey key() {
        return identity.key();
    }

    String mintUri(String relation, String target) {
        return acct.stableId() + "#" + relation + "/" + Uris.sha256(target);
    }
}
