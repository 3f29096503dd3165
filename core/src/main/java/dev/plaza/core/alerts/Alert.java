package dev.plaza.core.alerts;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * Something the team should look at now: a spike of negative posts, or a critical thread the brand has
 * not answered. The key names it across checks, so the same alert is raised once.
 *
 * @param since when it began: the day of the spike, or the critical post
 * @param conversationId the thread, for a critical thread
 */
public record Alert(Kind kind, String key, Instant since, String summary, Optional<Long> conversationId) {

    public enum Kind {
        NEGATIVE_SPIKE("negative-spike"),
        CRITICAL_THREAD("critical-thread");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Alert {
        requireNonNull(kind, "kind");
        requireNonNull(key, "key");
        requireNonNull(since, "since");
        requireNonNull(summary, "summary");
        requireNonNull(conversationId, "conversationId");
    }
}
