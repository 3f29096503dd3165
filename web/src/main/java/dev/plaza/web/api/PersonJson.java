package dev.plaza.web.api;

import dev.plaza.core.people.Person;
import java.time.Instant;

/** A person as lists show them, without their identities. */
record PersonJson(
        long id,
        String displayName,
        Instant firstSeen,
        Instant lastSeen,
        int identityCount,
        long activityCount) {

    static PersonJson of(Person p) {
        return new PersonJson(p.id(), p.displayName(), p.firstSeen(), p.lastSeen(), p.identityCount(),
                p.activityCount());
    }
}
