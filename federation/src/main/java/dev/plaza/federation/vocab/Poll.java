package dev.plaza.federation.vocab;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The options of a Question: {@code oneOf} (single choice) or {@code anyOf} ({@code multiple}). */
public record Poll(
        boolean multiple,
        List<Option> options,
        Optional<Instant> endTime,
        Optional<Instant> closed,
        Optional<Long> votersCount) {

    /** One choice; {@code votes} is the option's {@code replies.totalItems}, as Mastodon counts. */
    public record Option(String name, Optional<Long> votes) {

        public Option {
            requireNonNull(name, "name");
            requireNonNull(votes, "votes");
        }
    }

    public Poll {
        options = List.copyOf(options);
        requireNonNull(endTime, "endTime");
        requireNonNull(closed, "closed");
        requireNonNull(votersCount, "votersCount");
    }
}
