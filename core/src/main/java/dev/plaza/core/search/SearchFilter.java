package dev.plaza.core.search;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.activity.ConversationStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * Narrows a search the way the inbox narrows its lists: the activity filter (person, platform,
 * kind, conversation), the conversation's status, a community, a language (its primary subtag,
 * e.g. "en" also takes "en-GB") and a time range, {@code from} inclusive and {@code until} exclusive.
 */
public record SearchFilter(
        ActivityFilter activity,
        Optional<ConversationStatus> status,
        Optional<Long> communityId,
        Optional<String> language,
        Optional<Instant> from,
        Optional<Instant> until) {

    public static final SearchFilter ALL = new SearchFilter(ActivityFilter.ALL, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public SearchFilter {
        requireNonNull(activity, "activity");
        requireNonNull(status, "status");
        requireNonNull(communityId, "communityId");
        requireNonNull(language, "language");
        requireNonNull(from, "from");
        requireNonNull(until, "until");
        language = language.map(String::strip).filter(l -> !l.isEmpty());
    }

    public SearchFilter withActivity(ActivityFilter activity) {
        return new SearchFilter(activity, status, communityId, language, from, until);
    }
}
