package dev.plaza.web.bluesky;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * How the connected account's session stands, read from the stored tokens without asking the PDS.
 *
 * @param accessUntil  when the access token expires (Plaza refreshes it before then)
 * @param refreshUntil when the refresh token expires (Plaza logs in again with the app password after)
 */
public record SessionHealth(boolean stored, Optional<Instant> accessUntil, Optional<Instant> refreshUntil,
        Optional<String> lastError) {

    public SessionHealth {
        requireNonNull(accessUntil, "accessUntil");
        requireNonNull(refreshUntil, "refreshUntil");
        requireNonNull(lastError, "lastError");
    }

    /** Whether Plaza can act as the account without logging in again, and nothing failed last time. */
    public boolean healthy(Instant now) {
        return stored && lastError.isEmpty() && refreshUntil.map(now::isBefore).orElse(true);
    }
}
