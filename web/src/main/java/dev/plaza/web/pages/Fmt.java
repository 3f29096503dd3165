package dev.plaza.web.pages;

import dev.plaza.core.activity.DaySpan;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Formatting helpers the templates call: numbers, times, excerpts, safe links and query strings. */
public final class Fmt {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    /** "1 activity", "3 activities". */
    public static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    public static String date(Instant at) {
        return DATE.format(at);
    }

    /** "6 Apr 2026", or "6 Apr 2026 to 12 Apr 2026". */
    public static String days(DaySpan days) {
        String from = date(days.start());
        return days.from().equals(days.until()) ? from : from + " to " + date(days.until().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static String dateTime(Instant at) {
        return DATE_TIME.format(at);
    }

    public static String iso(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    /** A duration as people say it: "4 s", "12 min", "3 h", "2 days". */
    public static String duration(java.time.Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3_600) {
            return seconds / 60 + " min";
        }
        if (seconds < 172_800) {
            return seconds / 3_600 + " h";
        }
        return seconds / 86_400 + " days";
    }

    public static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    public static String excerpt(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1).stripTrailing() + "…";
    }

    public static String capitalized(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The text with its first letter upper-cased: a summary line as a sentence. */
    public static String sentence(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * The link if it is an absolute http(s) URL, else empty: links come from remote servers, and a
     * {@code javascript:} URL must never become an href.
     */
    public static Optional<String> webLink(Optional<String> url) {
        return url.filter(Fmt::isWebUrl);
    }

    public static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return uri.getHost() != null && scheme != null
                    && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"));
        } catch (Exception e) {
            return false;
        }
    }

    /** {@code path} with the non-empty parameters appended, in their order. */
    public static String url(String path, java.util.Map<String, String> parameters) {
        return url(path, parameters.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new));
    }

    /** {@code path} with the non-empty parameters appended: {@code url("/people", "q", "ada", "cursor", "")}. */
    public static String url(String path, String... namesAndValues) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isEmpty()) {
                url.append(separator).append(namesAndValues[i]).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }
}
