package dev.plaza.core.reports;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A report was dealt with: by whom on the team (a member's name, or an API token's), and when. */
public record Resolution(String by, Instant at) {

    public Resolution {
        requireNonNull(by, "by");
        requireNonNull(at, "at");
        if (by.isBlank()) {
            throw new IllegalArgumentException("a resolution names who resolved the report");
        }
    }
}
