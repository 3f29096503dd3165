package dev.plaza.atproto.syntax;

import dev.plaza.atproto.AtprotoException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A datetime as the atproto Lexicon "datetime" format takes it: the intersection of RFC 3339 and
 * ISO 8601, with a required upper-case "T", seconds, and a timezone ("Z" or ±hh:mm, but not
 * "-00:00"); fractional seconds of any reasonable precision; and a real instant no earlier than
 * year 0 once the offset is applied.
 */
public record Datetime(String value) {

    static final int MAX_LENGTH = 64;
    private static final Pattern SYNTAX = Pattern.compile(
            "([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]{1,20}))?(Z|[+-][0-9]{2}:[0-9]{2})");
    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");

    public Datetime {
        toInstant(value);
    }

    public static Datetime parse(String text) {
        return new Datetime(text);
    }

    public static boolean isValid(String text) {
        return Refusal.passes(Datetime::toInstant, text);
    }

    /** Whether the text has the shape of a datetime, before its fields are checked as a calendar date and time. */
    static boolean hasValidSyntax(String text) {
        try {
            matchSyntax(text);
            return true;
        } catch (AtprotoException e) {
            return false;
        }
    }

    public Instant instant() {
        return toInstant(value);
    }

    private static Matcher matchSyntax(String text) {
        if (text.length() > MAX_LENGTH) {
            throw Refusal.of("datetime", text, "longer than %d characters".formatted(MAX_LENGTH));
        }
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw Refusal.of("datetime", text, "expected YYYY-MM-DDThh:mm:ss, optional fractional seconds, then Z or ±hh:mm");
        }
        if (m.group(8).equals("-00:00")) {
            throw Refusal.of("datetime", text, "the offset -00:00 (unknown local offset) is not allowed");
        }
        return m;
    }

    private static Instant toInstant(String text) {
        Matcher m = matchSyntax(text);
        Instant instant;
        try {
            LocalDateTime local = LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3),
                    number(m, 4), number(m, 5), number(m, 6), nanos(m.group(7)));
            instant = local.toInstant(offset(m.group(8)));
        } catch (DateTimeException e) {
            throw Refusal.of("datetime", text, e.getMessage());
        }
        if (instant.isBefore(EARLIEST)) {
            throw Refusal.of("datetime", text, "it falls before year 0 once the offset is applied");
        }
        return instant;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String nine = (fraction + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(zone.substring(1, 3));
        int minutes = Integer.parseInt(zone.substring(4, 6));
        if (minutes > 59) {
            throw new DateTimeException("offset minutes %d are not 0-59".formatted(minutes));
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    @Override
    public String toString() {
        return value;
    }
}
