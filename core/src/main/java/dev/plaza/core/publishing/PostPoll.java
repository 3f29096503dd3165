package dev.plaza.core.publishing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/** A poll on a post: two to four options, one or many choices per voter, open until {@code closesAt}. */
public record PostPoll(List<String> options, boolean multiple, Instant closesAt) {

    public static final int MAX_OPTIONS = 4;
    public static final int MAX_OPTION_LENGTH = 50;

    public PostPoll {
        options = List.copyOf(options);
        requireNonNull(closesAt, "closesAt");
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("a poll has 2 to %d options, not %d".formatted(MAX_OPTIONS, options.size()));
        }
        if (options.stream().anyMatch(o -> o.isBlank() || o.length() > MAX_OPTION_LENGTH)) {
            throw new IllegalArgumentException("poll options must be 1 to %d characters".formatted(MAX_OPTION_LENGTH));
        }
        if (new HashSet<>(options).size() != options.size()) {
            throw new IllegalArgumentException("poll options must differ from each other");
        }
    }

    public boolean closedAt(Instant now) {
        return !now.isBefore(closesAt);
    }
}
