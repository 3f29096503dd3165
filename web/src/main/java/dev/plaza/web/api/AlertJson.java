package dev.plaza.web.api;

import dev.plaza.core.alerts.Alert;
import java.time.Instant;

/** Something the team should look at now: a spike of negative posts, or a critical thread the brand has not answered. */
record AlertJson(String kind, String key, Instant since, String summary, Long conversationId) {

    static AlertJson of(Alert a) {
        return new AlertJson(a.kind().key(), a.key(), a.since(), a.summary(), a.conversationId().orElse(null));
    }
}
