package dev.plaza.web.api;

import dev.plaza.core.activity.Conversation;
import java.time.Instant;

/** A conversation as lists show it, without its thread. */
record ConversationJson(
        long id,
        String rootUri,
        String platform,
        String subject,
        String status,
        Long assigneeId,
        Instant startedAt,
        Instant lastActivityAt,
        int activityCount) {

    static ConversationJson of(Conversation c) {
        return new ConversationJson(c.id(), c.rootUri(), c.platform().key(), c.subject(), c.status().key(),
                c.assigneeId().orElse(null), c.startedAt(), c.lastActivityAt(), c.activityCount());
    }
}
