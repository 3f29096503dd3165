package dev.plaza.web.api;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.activity.DaySpan;
import dev.plaza.core.community.Platform;
import dev.plaza.core.measures.Scope;
import dev.plaza.core.paging.PageRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The query parameters of one request, checked strictly: a parameter the route does not know, or
 * one given twice, is a client's mistake and gets a 400 that names it. An empty value counts as
 * not given.
 */
final class Query {

    private final Map<String, List<String>> params;

    private Query(Map<String, List<String>> params) {
        this.params = params;
    }

    static Query of(Context ctx, Set<String> allowed) {
        Map<String, List<String>> params = ctx.queryParamMap();
        for (var param : params.entrySet()) {
            if (!allowed.contains(param.getKey())) {
                throw new IllegalArgumentException("unknown query parameter '%s'; this route takes %s"
                        .formatted(param.getKey(), allowed.isEmpty() ? "none" : allowed.stream().sorted().toList()));
            }
            if (param.getValue().size() > 1) {
                throw new IllegalArgumentException("query parameter '%s' is given %d times; give it once"
                        .formatted(param.getKey(), param.getValue().size()));
            }
        }
        return new Query(params);
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(params.get(name)).map(List::getFirst).filter(v -> !v.isEmpty());
    }

    PageRequest page() {
        return new PageRequest(text("cursor"), limit());
    }

    /** How many items, for a list that has no further pages as for one that has. */
    int limit() {
        return text("limit").map(Query::limit).orElse(PageRequest.DEFAULT_LIMIT);
    }

    Optional<Platform> platform() {
        return parsed("platform", Platform::fromKey);
    }

    Optional<ActivityKind> kind() {
        return parsed("kind", ActivityKind::fromKey);
    }

    Optional<ConversationStatus> status() {
        return parsed("status", Query::status);
    }

    Optional<ConversationFilter.Assignee> assignee() {
        return parsed("assignee", ConversationFilter.Assignee::parse);
    }

    Optional<Long> id(String name) {
        return text(name).map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("query parameter '%s' must be an id (an integer), got '%s'"
                        .formatted(name, value), e);
            }
        });
    }

    /** A day (UTC) the route cannot do without. */
    LocalDate day(String name) {
        String value = text(name).orElseThrow(() -> new IllegalArgumentException(
                "query parameter '%s' is required: a day as YYYY-MM-DD".formatted(name)));
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("query parameter '%s' must be a day as YYYY-MM-DD, got '%s'"
                    .formatted(name, value), e);
        }
    }

    /** The days from {@code from} to {@code until} (UTC, both included) when either is given; then both must be. */
    Optional<DaySpan> days() {
        if (text("from").isEmpty() && text("until").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DaySpan(day("from"), day("until")));
    }

    /** What a dashboard measures; the whole community when not given. */
    Scope scope() {
        return parsed("scope", Scope::parse).orElse(Scope.ALL);
    }

    <T> Optional<T> parsed(String name, Function<String, T> parser) {
        try {
            return text(name).map(parser);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("query parameter '%s': %s".formatted(name, e.getMessage()), e);
        }
    }

    static ConversationStatus status(String key) {
        return ConversationStatus.fromKey(key);
    }

    private static int limit(String value) {
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= PageRequest.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // the message below says what a good value is
        }
        throw new IllegalArgumentException("query parameter 'limit' must be an integer from 1 to %d, got '%s'"
                .formatted(PageRequest.MAX_LIMIT, value));
    }
}
