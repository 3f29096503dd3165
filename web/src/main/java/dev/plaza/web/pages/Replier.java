package dev.plaza.web.pages;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.activity.Activity;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.community.Platform;
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
    }

    Platform platform();

    /** Sends the reply and stores it in the thread; answers who sent it ("@brand@plaza.example"). */
    String send(Reply reply);
}
