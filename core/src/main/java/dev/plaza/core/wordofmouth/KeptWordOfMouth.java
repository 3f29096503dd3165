package dev.plaza.core.wordofmouth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/** A period's word of mouth as the background job last counted it: the days {@code first} to {@code last}, both included. */
public record KeptWordOfMouth(LocalDate first, LocalDate last, WordOfMouthTotals totals, Instant keptAt) {

    public KeptWordOfMouth {
        requireNonNull(first, "first");
        requireNonNull(last, "last");
        requireNonNull(totals, "totals");
        requireNonNull(keptAt, "keptAt");
    }
}
