package dev.plaza.federation.signatures;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The IMF-fixdate form of RFC 9110 §5.6.7, the only Date form signers produce. */
final class HttpDates {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    static Instant parse(String value) {
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new SignatureRejectedException(SignatureRejectedException.Reason.MALFORMED,
                    "Date header \"%s\" is not an HTTP date such as \"Tue, 20 Apr 2021 02:07:55 GMT\"".formatted(value),
                    e);
        }
    }
}
