package dev.plaza.core.activity;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.Platform;
import java.util.Optional;

/**
 * Which conversations an inbox shows: any of them, or those of one status, one platform, and one
 * assignee (a team member, or nobody). Every part given must hold.
 */
public record ConversationFilter(Optional<ConversationStatus> status, Optional<Platform> platform, Optional<Assignee> assignee) {

    public static final ConversationFilter ALL = new ConversationFilter(Optional.empty(), Optional.empty(), Optional.empty());

    /** Whom a conversation is assigned to: a team member, or nobody yet. */
    public sealed interface Assignee {

        record Member(long memberId) implements Assignee {
        }

        record Nobody() implements Assignee {
        }

        Assignee NOBODY = new Nobody();

        /** "nobody", or a team member's id. */
        static Assignee parse(String text) {
            if (text.equalsIgnoreCase("nobody")) {
                return NOBODY;
            }
            try {
                return new Member(Long.parseLong(text));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("an assignee is a team member's id or 'nobody', not '%s'".formatted(text), e);
            }
        }

        /** The form {@link #parse} reads. */
        default String key() {
            return switch (this) {
                case Member member -> Long.toString(member.memberId());
                case Nobody nobody -> "nobody";
            };
        }
    }

    public ConversationFilter {
        requireNonNull(status, "status");
        requireNonNull(platform, "platform");
        requireNonNull(assignee, "assignee");
    }

    public static ConversationFilter ofStatus(Optional<ConversationStatus> status) {
        return ALL.withStatus(status);
    }

    public ConversationFilter withStatus(Optional<ConversationStatus> value) {
        return new ConversationFilter(value, platform, assignee);
    }

    public ConversationFilter withPlatform(Optional<Platform> value) {
        return new ConversationFilter(status, value, assignee);
    }

    public ConversationFilter withAssignee(Optional<Assignee> value) {
        return new ConversationFilter(status, platform, value);
    }
}
