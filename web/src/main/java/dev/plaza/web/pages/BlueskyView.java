package dev.plaza.web.pages;

import dev.plaza.core.bluesky.BlueskyAccount;
import dev.plaza.web.bluesky.SessionHealth;
import java.time.Instant;
import java.util.Optional;

/** Settings → Bluesky: the connected account, if any, and how its session stands. */
public record BlueskyView(Frame frame, Optional<BlueskyAccount> account, SessionHealth health) {

    /** The session's state in a few words, for the team. */
    public String sessionSummary() {
        Instant now = Instant.now();
        if (health.lastError().isPresent()) {
            return "The last call failed: " + health.lastError().get();
        }
        if (!health.stored()) {
            return "No session is stored: Plaza logs in with the app password on its next post.";
        }
        if (!health.healthy(now)) {
            return "The session has expired: Plaza logs in again with the app password on its next post.";
        }
        return "Active" + health.refreshUntil().map(until -> "; Plaza renews it by itself (the current login lasts until "
                + Fmt.dateTime(until) + ")").orElse("; Plaza renews it by itself") + ".";
    }

    public boolean healthy() {
        return health.healthy(Instant.now());
    }
}
