package dev.plaza.core.activity;

import dev.plaza.core.community.MatchReason;
import dev.plaza.core.community.Platform;
import dev.plaza.core.sentiment.Sentiment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link ConversationFilter} as the named values that the inbox's URL, the API's query and a saved
 * view keep: status, platform, assignee, community, channel, language, reason, sentiment and unanswered.
 */
public final class ConversationFilterKeys {

    public static final List<String> NAMES = List.of("status", "platform", "assignee", "community", "channel", "language",
            "reason", "sentiment", "unanswered", "sort");

    private ConversationFilterKeys() {
    }

    /** The filter that {@code values} (a name to its value, empty where not given) describe. */
    public static ConversationFilter parse(Function<String, Optional<String>> values) {
        return ConversationFilter.ALL
                .withStatus(values.apply("status").map(ConversationStatus::fromKey))
                .withPlatform(values.apply("platform").map(Platform::fromKey))
                .withAssignee(values.apply("assignee").map(ConversationFilter.Assignee::parse))
                .withCommunity(values.apply("community").map(v -> id("community", v)))
                .withChannel(values.apply("channel").map(v -> id("channel", v)))
                .withLanguage(values.apply("language"))
                .withReason(values.apply("reason").map(ConversationFilterKeys::reason))
                .withSentiment(values.apply("sentiment").map(Sentiment::fromKey))
                .withUnansweredQuestions(values.apply("unanswered").map(ConversationFilterKeys::yes).orElse(false))
                .withOrder(values.apply("sort").map(ConversationOrder::fromKey).orElse(ConversationOrder.LATEST));
    }

    public static ConversationFilter parse(Map<String, String> values) {
        return parse(name -> Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank()));
    }

    /** The values of the parts of {@code filter} that are given, in {@link #NAMES} order. */
    public static Map<String, String> of(ConversationFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        filter.status().ifPresent(s -> values.put("status", s.key()));
        filter.platform().ifPresent(p -> values.put("platform", p.key()));
        filter.assignee().ifPresent(a -> values.put("assignee", a.key()));
        filter.communityId().ifPresent(c -> values.put("community", Long.toString(c)));
        filter.channelId().ifPresent(c -> values.put("channel", Long.toString(c)));
        filter.language().ifPresent(l -> values.put("language", l));
        filter.reason().ifPresent(r -> values.put("reason", r.key()));
        filter.sentiment().ifPresent(s -> values.put("sentiment", s.key()));
        if (filter.unansweredQuestions()) {
            values.put("unanswered", "true");
        }
        if (filter.order() != ConversationOrder.LATEST) {
            values.put("sort", filter.order().key());
        }
        return values;
    }

    private static long id(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("%s is a %s id (a number), not '%s'".formatted(name, name, value), e);
        }
    }

    private static MatchReason.Kind reason(String key) {
        try {
            return MatchReason.Kind.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown match reason '%s'; expected one of %s".formatted(key,
                    java.util.Arrays.stream(MatchReason.Kind.values()).map(MatchReason.Kind::key).toList()), e);
        }
    }

    private static boolean yes(String value) {
        return switch (value) {
            case "true", "1", "on" -> true;
            case "false", "0", "off" -> false;
            default -> throw new IllegalArgumentException("unanswered is true or false, not '%s'".formatted(value));
        };
    }
}
