package dev.plaza.federation.outbox;

import java.time.Duration;
import java.util.List;

/** A poll as composed: its options, whether voters may pick several, and how long it stays open. */
public record PollDraft(List<String> options, boolean multiple, Duration openFor) {

    public static final Duration SHORTEST = Duration.ofMinutes(5);
    public static final Duration LONGEST = Duration.ofDays(30);

    public PollDraft {
        options = options.stream().map(String::strip).toList();
        if (openFor.compareTo(SHORTEST) < 0 || openFor.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a poll stays open from 5 minutes to 30 days, not %s".formatted(openFor));
        }
    }
}
