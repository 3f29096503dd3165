package dev.plaza.web.pages;

import dev.plaza.core.PlazaException;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.activity.Conversations;
import dev.plaza.core.community.Platform;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sends each reply through the {@link Replier} of its conversation's platform, then marks the conversation answered. */
final class Replies {

    private final Conversations conversations;
    private final Map<Platform, Replier> byPlatform = new EnumMap<>(Platform.class);

    Replies(Conversations conversations, List<Replier> repliers) {
        this.conversations = conversations;
        repliers.forEach(r -> byPlatform.put(r.platform(), r));
    }

    /** Whether Plaza can reply on this platform at all. */
    boolean canReply(Platform platform) {
        return byPlatform.containsKey(platform);
    }

    /** Why there is no reply form, when there is none. */
    Optional<String> whyNot(Platform platform) {
        return canReply(platform) ? Optional.empty() : Optional.of(("Plaza cannot reply on %s: answer there, then mark the"
                + " conversation answered.").formatted(platform.label()));
    }

    /** Sends the reply; answers who sent it. */
    String send(Replier.Reply reply) {
        Platform platform = reply.conversation().platform();
        Replier replier = Optional.ofNullable(byPlatform.get(platform))
                .orElseThrow(() -> new PlazaException(whyNot(platform).orElseThrow()));
        String sender = replier.send(reply);
        conversations.setStatus(reply.workspaceId(), reply.conversation().id(), ConversationStatus.ANSWERED);
        return sender;
    }
}
