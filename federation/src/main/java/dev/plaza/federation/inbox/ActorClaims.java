package dev.plaza.federation.inbox;

import dev.plaza.core.PlazaException;
import dev.plaza.core.people.ClaimKind;
import dev.plaza.core.people.IdentityLinks;
import dev.plaza.core.people.ProfileClaim;
import dev.plaza.federation.vocab.Actor;
import dev.plaza.federation.vocab.PropertyValue;
import dev.plaza.federation.vocab.RemoteHtml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an actor's document says about who else it is — its {@code alsoKnownAs} and the web addresses
 * in its profile fields — recorded as the claims of its identity, so that Plaza can tell when two
 * accounts are one person. The addresses are recorded unproven; Plaza checks them for a
 * {@code rel="me"} link back later. An actor heard again with the same claims costs nothing.
 */
final class ActorClaims {

    private static final Logger LOG = LoggerFactory.getLogger(ActorClaims.class);
    private static final int REMEMBERED = 10_000;

    private final IdentityLinks links;
    private final Map<String, List<ProfileClaim>> recorded = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<ProfileClaim>> eldest) {
            return size() > REMEMBERED;
        }
    };

    ActorClaims(IdentityLinks links) {
        this.links = links;
    }

    /** Records the actor's claims in the workspace, unless they are what was last recorded for it there. */
    void heard(long workspaceId, Actor actor) {
        List<ProfileClaim> claims = of(actor);
        String key = workspaceId + " " + actor.id();
        synchronized (recorded) {
            if (claims.equals(recorded.get(key))) {
                return;
            }
        }
        try {
            links.recordClaims(workspaceId, Records.identity(actor).key(), claims);
            synchronized (recorded) {
                recorded.put(key, claims);
            }
        } catch (PlazaException | IllegalArgumentException e) {
            LOG.atInfo().addKeyValue("actor", actor.id()).addKeyValue("reason", e.getMessage())
                    .log("could not record what the actor claims");
        }
    }

    static List<ProfileClaim> of(Actor actor) {
        List<ProfileClaim> claims = new ArrayList<>();
        for (String alias : actor.alsoKnownAs()) {
            add(claims, ClaimKind.ALSO_KNOWN_AS, alias);
        }
        for (PropertyValue field : actor.fields()) {
            for (String href : RemoteHtml.linksOfSanitized(field.value())) {
                add(claims, ClaimKind.WEBSITE, href);
            }
        }
        return List.copyOf(claims);
    }

    private static void add(List<ProfileClaim> claims, ClaimKind kind, String raw) {
        try {
            ProfileClaim claim = ProfileClaim.of(kind, raw, false);
            if (!claims.contains(claim)) {
                claims.add(claim);
            }
        } catch (IllegalArgumentException e) {
            LOG.debug("skipped the claim {} {}: {}", kind.key(), raw, e.getMessage());
        }
    }
}
