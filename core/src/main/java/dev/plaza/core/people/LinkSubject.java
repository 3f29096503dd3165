package dev.plaza.core.people;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** An identity with the claims it made, as the linking rules see it. */
public record LinkSubject(Identity identity, List<ProfileClaim> claims) {

    public LinkSubject {
        requireNonNull(identity, "identity");
        claims = List.copyOf(claims);
    }

    List<ProfileClaim> urls() {
        return claims.stream().filter(c -> c.kind().isUrl()).toList();
    }

    List<ProfileClaim> of(ClaimKind kind) {
        return claims.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The hosts of the web addresses this identity proved it owns. */
    List<String> verifiedHosts() {
        return urls().stream().filter(ProfileClaim::verified)
                .flatMap(c -> ClaimValues.host(c.value()).stream()).distinct().toList();
    }

    Optional<String> nameKey() {
        return NameKeys.name(identity.displayName());
    }

    Optional<String> handleKey() {
        return NameKeys.handleLocalPart(identity.platform(), identity.handle());
    }

    String label() {
        return identity.platform().label() + " " + identity.handle();
    }
}
