package dev.plaza.demo;

import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.SeenIdentity;

/**
 * One generated account. {@code user} is its local name (the part of a handle a platform's URLs
 * use), {@code host} its fediverse instance, {@code number} a platform's numeric id (a forum user
 * id, a Lens profile id); {@code weight} is how active it is relative to others. The generator makes
 * one instance per account and compares them with {@code ==}.
 */
record Account(SeenIdentity identity, String user, String host, long number, String lang, int joinDay, double weight) {

    IdentityKey key() {
        return identity.key();
    }

    Platform platform() {
        return identity.platform();
    }

    String stableId() {
        return identity.stableId();
    }
}
