package dev.plaza.web.pages;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.SeenIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sends a reply from a conversation's thread on the conversation's own platform, from the account
 * that should answer there, and keeps it in the thread. One implementation per platform.
 */
interface Replier {

    /** What the team member wrote, and to which activity of the conversation. */
    record Reply(long workspaceId, Optional<Long> memberId, Conversation conversation, Activity target, String text) {
        public Reply {
            requireNonNull(memberId, "memberId");
            requireNonNull(conversation, "conversation");
            requireNonNull(target, "target");
            if (requireNonNull(text, "text").isBlank()) {
                throw new IllegalArgumentException("a reply needs some text");
            }
        }

        /**
         * The reply as sent ({@code uri}, {@code at}, {@code text} as the platform took it), by
         * {@code author}, answering the target in the conversation's thread: the batch that keeps it there.
         */
        IngestBatch sent(SeenIdentity author, String uri, Instant at, String text, Optional<String> url, Optional<Long> channelId) {
            IncomingActivity sent = new IncomingActivity(uri, ActivityKind.REPLY, author.key(), at, text, target.language(),
                    Optional.of(target.uri()), Optional.empty(), url, List.of(), Optional.empty(),
                    Optional.of(conversation.rootUri()));
            return new IngestBatch(List.of(author), List.of(sent), channelId);
        }
    }

    Platform platform();

    /** Sends the reply and stores it in the thread; answers who sent it ("@brand@plaza.example"). */
    String send(Reply reply);
}
