package dev.plaza.core.bluesky;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * The Bluesky account a workspace acts as: one per workspace, connected with an app password that the
 * store keeps sealed (never part of this record).
 *
 * @param pdsUrl      the account's PDS, where Plaza logs in and writes its records
 * @param connectedBy the team member who connected it (their email)
 * @param lastError   what went wrong the last time Plaza acted as the account, until it next succeeds
 */
public record BlueskyAccount(long workspaceId, String did, String handle, String pdsUrl, Instant connectedAt,
        String connectedBy, Optional<String> lastError) {

    public BlueskyAccount {
        requireNonNull(did, "did");
        requireNonNull(handle, "handle");
        requireNonNull(pdsUrl, "pdsUrl");
        requireNonNull(connectedAt, "connectedAt");
        requireNonNull(connectedBy, "connectedBy");
        requireNonNull(lastError, "lastError");
        if (!did.startsWith("did:")) {
            throw new IllegalArgumentException("a Bluesky account is named by its DID (did:plc:… or did:web:…), not '%s'"
                    .formatted(did));
        }
    }
}
