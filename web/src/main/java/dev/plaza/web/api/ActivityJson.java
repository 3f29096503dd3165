package dev.plaza.web.api;

import dev.plaza.core.activity.Activity;
import java.time.Instant;

/** One activity in the one shape every platform's activities take. */
record ActivityJson(
        long id,
        String uri,
        String platform,
        String kind,
        long authorIdentityId,
        Long communityId,
        Long channelId,
        Long conversationId,
        Instant at,
        String text,
        String language,
        String inReplyToUri,
        String targetUri,
        String url) {

    static ActivityJson of(Activity a) {
        return new ActivityJson(a.id(), a.uri(), a.platform().key(), a.kind().key(), a.authorIdentityId(),
                a.communityId().orElse(null), a.channelId().orElse(null), a.conversationId().orElse(null),
                a.at(), a.text(), a.language().orElse(null), a.inReplyToUri().orElse(null),
                a.targetUri().orElse(null), a.url().orElse(null));
    }
}
