package dev.plaza.web.search;

import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.community.Platform;
import dev.plaza.core.search.SearchFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The search filters as query parameters, the same for the search page and the API: platform,
 * kind, person, conversation, status, community, language, and from/until as dates (YYYY-MM-DD,
 * both days included, UTC).
 */
public final class SearchParams {

    public static final Set<String> FILTERS =
            Set.of("platform", "kind", "person_id", "conversation_id", "status", "community_id", "language", "from", "until");

    private SearchParams() {
    }

    /** The filter that the parameters describe; {@code param} gives a parameter's value, empty when absent. */
    public static SearchFilter filter(Function<String, Optional<String>> param) {
        ActivityFilter activity = new ActivityFilter(id(param, "person_id"), parsed(param, "platform", Platform::fromKey),
                parsed(param, "kind", ActivityKind::fromKey), id(param, "conversation_id"));
        return new SearchFilter(activity, parsed(param, "status", ConversationStatus::fromKey), id(param, "community_id"),
                param.apply("language"), parsed(param, "from", SearchParams::startOf),
                parsed(param, "until", day -> startOf(day).plusSeconds(86_400)));
    }

    private static Instant startOf(String day) {
        try {
            return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'%s' is not a date of the form YYYY-MM-DD".formatted(day), e);
        }
    }

    private static Optional<Long> id(Function<String, Optional<String>> param, String name) {
        return parsed(param, name, Long::parseLong);
    }

    private static <T> Optional<T> parsed(Function<String, Optional<String>> param, String name,
            Function<String, T> parser) {
        Optional<String> value = param.apply(name).filter(v -> !v.isBlank());
        try {
            return value.map(parser);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("search filter '%s': %s".formatted(name, e.getMessage()), e);
        }
    }
}
