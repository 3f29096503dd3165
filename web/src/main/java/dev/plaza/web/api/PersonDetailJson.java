package dev.plaza.web.api;

import dev.plaza.core.people.Identity;
import dev.plaza.core.people.Person;
import java.time.Instant;
import java.util.List;

/** One person with every identity linked to them. */
record PersonDetailJson(
        long id,
        String displayName,
        Instant firstSeen,
        Instant lastSeen,
        int identityCount,
        long activityCount,
        List<IdentityJson> identities) {

    static PersonDetailJson of(Person p, List<Identity> identities) {
        return new PersonDetailJson(p.id(), p.displayName(), p.firstSeen(), p.lastSeen(), p.identityCount(),
                p.activityCount(), identities.stream().map(IdentityJson::of).toList());
    }
}
