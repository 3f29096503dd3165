package dev.plaza.core.people;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** An identity and the web addresses it claims that are due a check for a {@code rel="me"} link back. */
public record ClaimsToCheck(Identity identity, List<ProfileClaim> addresses) {

    public ClaimsToCheck {
        requireNonNull(identity, "identity");
        addresses = List.copyOf(addresses);
    }
}
