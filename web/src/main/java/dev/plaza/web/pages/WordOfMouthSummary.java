package dev.plaza.web.pages;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.wordofmouth.WordOfMouthTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A workspace's word of mouth over the days {@code first} to {@code last}, both included. */
public record WordOfMouthSummary(LocalDate first, LocalDate last, WordOfMouthTotals totals) {

    public WordOfMouthSummary {
        requireNonNull(first, "first");
        requireNonNull(last, "last");
        requireNonNull(totals, "totals");
    }

    public Instant firstDay() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant lastDay() {
        return last.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
