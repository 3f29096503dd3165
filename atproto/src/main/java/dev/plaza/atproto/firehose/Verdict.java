package dev.plaza.atproto.firehose;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a relay does with one message: pass it on (ACCEPT), leave it out as stale or not for relaying
 * (DROP), or refuse it as failing verification (INVALID, also left out); whether the account's status
 * or identity changed; and, unless accepted, why. The seq and rev an accepted message advances do not
 * count as a change of the account.
 */
public record Verdict(Disposition disposition, boolean accountUpdated, Optional<String> reason) {

    public enum Disposition {
        ACCEPT, DROP, INVALID
    }

    public Verdict {
        requireNonNull(disposition, "disposition");
        requireNonNull(reason, "reason");
    }

    static Verdict accept(boolean accountUpdated) {
        return new Verdict(Disposition.ACCEPT, accountUpdated, Optional.empty());
    }

    static Verdict drop(String reason) {
        return new Verdict(Disposition.DROP, false, Optional.of(reason));
    }

    static Verdict invalid(String reason) {
        return new Verdict(Disposition.INVALID, false, Optional.of(reason));
    }

    /** Whether the message is left out of the relay's own stream: dropped or invalid. */
    public boolean dropped() {
        return disposition != Disposition.ACCEPT;
    }

    public boolean invalid() {
        return disposition == Disposition.INVALID;
    }
}
