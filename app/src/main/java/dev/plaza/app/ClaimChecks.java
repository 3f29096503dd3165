package dev.plaza.app;

import dev.plaza.channels.people.RelMeVerifier;
import dev.plaza.core.Store;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.people.ClaimKind;
import dev.plaza.core.people.ClaimsToCheck;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.LinkOutcome;
import dev.plaza.core.people.ProfileClaim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims the domain handles of Bluesky identities, and checks the web addresses people claim in their
 * profiles the way Mastodon verifies profile links:
 * each address is fetched (through the guarded client) to see whether it links back to the profile
 * with {@code rel="me"}. Addresses never checked go first; each is checked again after
 * {@code recheckAfter}, so a link taken down stops counting. A newly proven address can make two
 * identities one person (see {@code LinkRules}).
 */
final class ClaimChecks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimChecks.class);
    /** Identities checked in one round: a few fetches each, at a pace that burdens no one. */
    static final int PER_ROUND = 50;

    private final Store store;
    private final RelMeVerifier verifier;
    private final Clock clock;
    private final Duration recheckAfter;
    private final BackgroundLoop loop;

    ClaimChecks(Store store, RelMeVerifier verifier, Clock clock, Duration every, Duration recheckAfter) {
        this.store = store;
        this.verifier = verifier;
        this.clock = clock;
        this.recheckAfter = recheckAfter;
        this.loop = new BackgroundLoop("claim-checks", every, this::checkDue,
                e -> LOG.warn("could not check profile links: {}", e.getMessage()));
    }

    ClaimChecks start() {
        loop.start();
        return this;
    }

    /**
     * Claims the domain handles of Bluesky identities (their handle check proved them) and checks the
     * identities whose addresses are due; answers how many people became one.
     */
    int checkDue() {
        int merged = 0;
        for (Identity bluesky : store.identityLinks().unclaimedDomainHandles(PER_ROUND)) {
            String domain = bluesky.handle().startsWith("@") ? bluesky.handle().substring(1) : bluesky.handle();
            try {
                merged += store.identityLinks().recordClaims(bluesky.workspaceId(),
                        new IdentityKey(bluesky.platform(), bluesky.stableId()),
                        List.of(ProfileClaim.of(ClaimKind.DOMAIN_HANDLE, domain, true))).merges().size();
            } catch (IllegalArgumentException e) {
                LOG.info("the handle {} of {} is no domain: {}", bluesky.handle(), bluesky.stableId(), e.getMessage());
            }
        }
        Instant now = clock.instant();
        for (ClaimsToCheck due : store.identityLinks().toCheck(now.minus(recheckAfter), PER_ROUND)) {
            if (loop.stopping()) {
                break;
            }
            List<ProfileClaim> addresses = due.addresses().stream().limit(RelMeVerifier.MAX_FETCHES).toList();
            List<ProfileClaim> results = verifier.verify(due.identity().profileUrl().orElseThrow(), addresses);
            LinkOutcome outcome = store.identityLinks().checked(due.identity().workspaceId(), due.identity().id(), results,
                    clock.instant());
            merged += outcome.merges().size();
        }
        return merged;
    }

    @Override
    public void close() {
        loop.close();
    }
}
