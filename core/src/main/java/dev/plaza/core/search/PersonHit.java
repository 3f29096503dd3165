package dev.plaza.core.search;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.people.Identity;
import dev.plaza.core.people.Person;
import java.util.List;

/** A found person, their identities, and how closely the search text matched them (0 to 1). */
public record PersonHit(Person person, List<Identity> identities, float score) {

    public PersonHit {
        requireNonNull(person, "person");
        identities = List.copyOf(identities);
    }
}
