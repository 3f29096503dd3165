package dev.plaza.core.activity;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/** The days from {@code from} to {@code until}, both included, in UTC: what a point of a chart covers. */
public record DaySpan(LocalDate from, LocalDate until) {

    /** The longest span one listing covers: a chart's year and a little more. */
    public static final int MAX_DAYS = 400;

    public DaySpan {
        requireValid(from, until);
    }

    /** Refuses a span that runs backwards or is longer than {@link #MAX_DAYS}, saying which. */
    public static void requireValid(LocalDate from, LocalDate until) {
        requireNonNull(from, "from");
        requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("the days run from %s to %s: 'until' comes before 'from'".formatted(from, until));
        }
        if (ChronoUnit.DAYS.between(from, until) >= MAX_DAYS) {
            throw new IllegalArgumentException("from %s to %s is more than %d days: choose a shorter span".formatted(from, until, MAX_DAYS));
        }
    }

    /** Reads the span from the query parameters {@code from} and {@code until}, both required. */
    public static DaySpan parse(Function<String, Optional<String>> values) {
        return new DaySpan(day(values, "from"), day(values, "until"));
    }

    /** The required parameter {@code name}, a day as YYYY-MM-DD. */
    public static LocalDate day(Function<String, Optional<String>> values, String name) {
        String text = values.apply(name).orElseThrow(() -> new IllegalArgumentException("'%s' is required: a day as YYYY-MM-DD".formatted(name)));
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'%s' is a day as YYYY-MM-DD, not '%s'".formatted(name, text), e);
        }
    }

    /** The first instant of the first day. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the last day. */
    public Instant end() {
        return until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
