package dev.plaza.store;

import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Membership;
import dev.plaza.core.ingest.SeenIdentity;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Refuses a batch whose activities name identities it does not describe, before anything is written. */
final class BatchCheck {

    private BatchCheck() {
    }

    static void requireConsistent(IngestBatch batch) {
        Set<IdentityKey> known = batch.identities().stream().map(SeenIdentity::key).collect(Collectors.toCollection(HashSet::new));
        for (IncomingActivity activity : batch.activities()) {
            if (!known.contains(activity.author())) {
                throw new IllegalArgumentException("activity %s names author %s, which the batch does not describe"
                        .formatted(activity.uri(), activity.author()));
            }
            for (IdentityKey mention : activity.mentions()) {
                if (!known.contains(mention)) {
                    throw new IllegalArgumentException("activity %s mentions %s, which the batch does not describe"
                            .formatted(activity.uri(), mention));
                }
            }
        }
        for (Membership membership : batch.memberships()) {
            if (!known.contains(membership.member())) {
                throw new IllegalArgumentException("community %s lists %s as a member, which the batch does not describe"
                        .formatted(membership.community().name(), membership.member()));
            }
        }
        for (String domain : batch.blockedDomains()) {
            if (!domain.matches("[A-Za-z0-9.-]{1,253}")) {
                throw new IllegalArgumentException("'%s' is not a server name to block".formatted(domain));
            }
        }
        for (String account : batch.blockedAccounts()) {
            if (!account.matches("[^@\\s/:]{1,100}@[A-Za-z0-9.-]{1,253}(:\\d{1,5})?")) {
                throw new IllegalArgumentException("'%s' is not an account address (user@host) to block".formatted(account));
            }
        }
    }
}
