package dev.plaza.core.measures;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.activity.DaySpan;
import dev.plaza.core.advocacy.Advocacy;
import dev.plaza.core.sentiment.Sentiment;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The scored posts behind one point of a dashboard's chart: a scope, the days from {@code from} to
 * {@code until} (UTC, both included), and what they were counted as; or one person's, behind a point
 * of their page's chart.
 */
public record MeasureFilter(Scope scope, LocalDate from, LocalDate until, Optional<Sentiment> sentiment,
                            Optional<Advocacy> advocacy, Optional<Measured> measured, Optional<Long> personId) {

    /** The longest span one listing covers: a chart's year and a little more. */
    public static final int MAX_DAYS = DaySpan.MAX_DAYS;
    public static final List<String> NAMES = List.of("scope", "from", "until", "sentiment", "advocacy", "measure", "person");

    public MeasureFilter {
        requireNonNull(scope, "scope");
        requireNonNull(from, "from");
        requireNonNull(until, "until");
        requireNonNull(sentiment, "sentiment");
        requireNonNull(advocacy, "advocacy");
        requireNonNull(measured, "measured");
        requireNonNull(personId, "personId");
        DaySpan.requireValid(from, until);
        if (advocacy.filter(a -> a == Advocacy.NONE).isPresent()) {
            throw new IllegalArgumentException("advocacy 'none' is not counted: use recommendation, answer, reply-to-brand or mention");
        }
    }

    /** Reads a filter from query parameters ({@link #NAMES}); {@code from} and {@code until} are required. */
    public static MeasureFilter parse(Function<String, Optional<String>> values) {
        return new MeasureFilter(values.apply("scope").map(Scope::parse).orElse(Scope.ALL), DaySpan.day(values, "from"),
                DaySpan.day(values, "until"),
                values.apply("sentiment").map(Sentiment::fromKey), values.apply("advocacy").map(Advocacy::fromKey),
                values.apply("measure").map(Measured::fromKey), values.apply("person").map(MeasureFilter::personId));
    }

    /** The query parameters that {@link #parse} reads back into this filter. */
    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("scope", scope.key());
        parameters.put("from", from.toString());
        parameters.put("until", until.toString());
        sentiment.ifPresent(s -> parameters.put("sentiment", s.key()));
        advocacy.ifPresent(a -> parameters.put("advocacy", a.key()));
        measured.ifPresent(m -> parameters.put("measure", m.key()));
        personId.ifPresent(p -> parameters.put("person", Long.toString(p)));
        return parameters;
    }

    private static long personId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'person' is a person's id (a number), not '%s'".formatted(text), e);
        }
    }
}
