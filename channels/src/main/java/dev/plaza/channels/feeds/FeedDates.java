package dev.plaza.channels.feeds;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Feed dates: RFC 822 (as RSS 2.0 uses it, with RFC 1123's four-digit years and the day name optional)
 * and RFC 3339 (Atom, Dublin Core). Feeds in the wild write both loosely, so a space instead of 'T',
 * a lower-case 't' or 'z', a missing seconds field and North American zone names are read too; a date
 * that still cannot be read is empty, and the item is dated when Plaza first heard it.
 */
final class FeedDates {

    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"),
            Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"), Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"),
            Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));
    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM ")
            .appendValueReduced(ChronoField.YEAR, 2, 4, 1970)
            .appendPattern(" H:mm[:ss] xx")
            .toFormatter(Locale.ENGLISH);

    private FeedDates() {
    }

    static Optional<Instant> parse(String text) {
        String date = text.strip().replaceAll("\\s+", " ");
        if (date.isEmpty()) {
            return Optional.empty();
        }
        return Character.isDigit(date.charAt(0)) && date.length() > 4 && date.charAt(4) == '-' ? rfc3339(date) : rfc822(date);
    }

    private static Optional<Instant> rfc3339(String date) {
        String normalized = date.toUpperCase(Locale.ROOT).replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(normalized, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(normalized).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    private static Optional<Instant> rfc822(String date) {
        String withoutDay = date.contains(",") ? date.substring(date.indexOf(',') + 1).strip() : date;
        int lastSpace = withoutDay.lastIndexOf(' ');
        if (lastSpace < 0) {
            return Optional.empty();
        }
        String zone = withoutDay.substring(lastSpace + 1);
        String offset = ZONES.getOrDefault(zone.toUpperCase(Locale.ROOT), zone);
        try {
            return Optional.of(OffsetDateTime.parse(withoutDay.substring(0, lastSpace) + " " + offset, RFC_822).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
