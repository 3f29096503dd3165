package dev.plaza.federation.signatures;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * How old and how far in the future a signature's Date or created may be.
 *
 * @param past   how long ago a request may have been signed (Mastodon and Fedify accept an hour)
 * @param future how much clock skew ahead of ours is tolerated
 */
public record DateWindow(Duration past, Duration future) {

    public static final DateWindow DEFAULT = new DateWindow(Duration.ofHours(1), Duration.ofMinutes(5));

    public DateWindow {
        requireNonNull(past, "past");
        requireNonNull(future, "future");
        if (past.isNegative() || future.isNegative()) {
            throw new IllegalArgumentException("a date window cannot be negative: past %s, future %s"
                    .formatted(past, future));
        }
    }

    void check(String what, Instant signedAt, Instant now) {
        if (signedAt.isBefore(now.minus(past))) {
            throw new SignatureRejectedException(SignatureRejectedException.Reason.STALE,
                    "%s %s is more than %s in the past (now %s)".formatted(what, signedAt, past, now));
        }
        if (signedAt.isAfter(now.plus(future))) {
            throw new SignatureRejectedException(SignatureRejectedException.Reason.STALE,
                    "%s %s is more than %s in the future (now %s)".formatted(what, signedAt, future, now));
        }
    }
}
