package dev.plaza.core.activity;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.community.MatchReason;
import dev.plaza.core.community.Platform;
import dev.plaza.core.sentiment.Sentiment;
import java.util.Locale;
import java.util.Optional;

/**
 * Which conversations an inbox shows: any of them, or those of one status, one platform, one
 * assignee (a team member, or nobody), one community, one channel, one language (a BCP 47 tag: "pt"
 * also finds "pt-BR"), one kind of goal match, those with a post of one sentiment, and only the open
 * ones with a question the brand has not replied to since. Every part given must hold; {@code order}
 * says how they are listed.
 */
public record ConversationFilter(Optional<ConversationStatus> status, Optional<Platform> platform, Optional<Assignee> assignee,
                                 Optional<Long> communityId, Optional<Long> channelId, Optional<String> language,
                                 Optional<MatchReason.Kind> reason, Optional<Sentiment> sentiment, boolean unansweredQuestions,
                                 ConversationOrder order) {

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
        requireNonNull(communityId, "communityId");
        requireNonNull(channelId, "channelId");
        requireNonNull(reason, "reason");
        requireNonNull(sentiment, "sentiment");
        requireNonNull(order, "order");
        language = requireNonNull(language, "language").map(ConversationFilter::languageTag);
    }

    public ConversationFilter(Optional<ConversationStatus> status, Optional<Platform> platform, Optional<Assignee> assignee) {
        this(status, platform, assignee, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                false, ConversationOrder.LATEST);
    }

    public static ConversationFilter ofStatus(Optional<ConversationStatus> status) {
        return ALL.withStatus(status);
    }

    public ConversationFilter withStatus(Optional<ConversationStatus> value) {
        return new ConversationFilter(value, platform, assignee, communityId, channelId, language,
                reason, sentiment, unansweredQuestions, order);
    }

    public ConversationFilter withPlatform(Optional<Platform> value) {
        return new ConversationFilter(status, value, assignee, communityId, channelId, language,
                reason, sentiment, unansweredQuestions, order);
    }

    public ConversationFilter withAssignee(Optional<Assignee> value) {
        return new ConversationFilter(status, platform, value, communityId, channelId, language,
                reason, sentiment, unansweredQuestions, order);
    }

    public ConversationFilter withCommunity(Optional<Long> value) {
        return new ConversationFilter(status, platform, assignee, value, channelId, language,
                reason, sentiment, unansweredQuestions, order);
    }

    public ConversationFilter withChannel(Optional<Long> value) {
        return new ConversationFilter(status, platform, assignee, communityId, value, language,
                reason, sentiment, unansweredQuestions, order);
    }

    public ConversationFilter withLanguage(Optional<String> value) {
        return new ConversationFilter(status, platform, assignee, communityId, channelId, value,
                reason, sentiment, unansweredQuestions, order);
    }

    public ConversationFilter withReason(Optional<MatchReason.Kind> value) {
        return new ConversationFilter(status, platform, assignee, communityId, channelId, language,
                value, sentiment, unansweredQuestions, order);
    }

    public ConversationFilter withSentiment(Optional<Sentiment> value) {
        return new ConversationFilter(status, platform, assignee, communityId, channelId, language,
                reason, value, unansweredQuestions, order);
    }

    public ConversationFilter withUnansweredQuestions(boolean value) {
        return new ConversationFilter(status, platform, assignee, communityId, channelId, language,
                reason, sentiment, value, order);
    }

    public ConversationFilter withOrder(ConversationOrder value) {
        return new ConversationFilter(status, platform, assignee, communityId, channelId, language,
                reason, sentiment, unansweredQuestions, value);
    }

    private static String languageTag(String tag) {
        if (!tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            throw new IllegalArgumentException("'%s' is not a language tag (BCP 47, e.g. 'en' or 'pt-BR')".formatted(tag));
        }
        return tag.toLowerCase(Locale.ROOT);
    }
}
