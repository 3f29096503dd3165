package dev.plaza.web.api;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.Conversation;
import java.time.Instant;
import java.util.List;

/** One conversation with its whole thread, oldest activity first. */
record ConversationDetailJson(
        long id,
        String rootUri,
        String platform,
        String subject,
        String status,
        Long assigneeId,
        Instant startedAt,
        Instant lastActivityAt,
        int activityCount,
        List<ActivityJson> thread) {

    static ConversationDetailJson of(Conversation c, List<Activity> thread) {
        return new ConversationDetailJson(c.id(), c.rootUri(), c.platform().key(), c.subject(), c.status().key(),
                c.assigneeId().orElse(null), c.startedAt(), c.lastActivityAt(), c.activityCount(),
                thread.stream().map(ActivityJson::of).toList());
    }
}
