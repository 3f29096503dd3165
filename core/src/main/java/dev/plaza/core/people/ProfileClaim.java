package dev.plaza.core.people;

import static java.util.Objects.requireNonNull;

/**
 * One thing an identity says about itself that can link it to others. Build it with {@link #of} so
 * that the value is normalised (see {@link ClaimValues}); {@code verified} means the claim was proven
 * (a {@code rel="me"} link back, a Bluesky domain handle, a field the instance verified).
 */
public record ProfileClaim(ClaimKind kind, String value, boolean verified) {

    public static final int MAX_VALUE = 2048;

    public ProfileClaim {
        requireNonNull(kind, "kind");
        requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("a %s claim must hold 1 to %d characters, got %d"
                    .formatted(kind.key(), MAX_VALUE, value.length()));
        }
    }

    /** A claim with its value normalised for its kind. */
    public static ProfileClaim of(ClaimKind kind, String raw, boolean verified) {
        String value = switch (kind) {
            case REL_ME, WEBSITE -> ClaimValues.url(raw);
            case DOMAIN_HANDLE -> ClaimValues.domain(raw);
            case ALSO_KNOWN_AS -> raw.strip();
        };
        return new ProfileClaim(kind, value, verified);
    }

    /** The same claim, proven. */
    public ProfileClaim asVerified() {
        return new ProfileClaim(kind, value, true);
    }
}
