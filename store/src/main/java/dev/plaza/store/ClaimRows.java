package dev.plaza.store;

import dev.plaza.core.people.ClaimKind;
import dev.plaza.core.people.ClaimValues;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.NameKeys;
import dev.plaza.core.people.ProfileClaim;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Reading and replacing the claims and folded match keys of one identity. */
final class ClaimRows {

    static final RowMapper<ProfileClaim> CLAIM = (rs, ctx) -> new ProfileClaim(
            ClaimKind.fromKey(rs.getString("kind")), rs.getString("value"), rs.getBoolean("verified"));

    private ClaimRows() {
    }

    static List<ProfileClaim> of(Handle h, long identityId) {
        return h.createQuery("SELECT * FROM identity_claim WHERE identity_id = :i ORDER BY kind, value")
                .bind("i", identityId).map(CLAIM).list();
    }

    /**
     * Replaces the identity's claims. A claim that was proven before and is claimed again unproven
     * stays proven, with its last check: the source that repeats it (an actor document, a profile)
     * cannot prove it, and the periodic check will see if it still holds. Answers whether anything
     * changed: a new claim, a claim gone, or one newly proven.
     */
    static boolean replace(Handle h, Identity identity, List<ProfileClaim> claims) {
        List<ProfileClaim> wanted = distinct(claims);
        List<ProfileClaim> before = of(h, identity.id());
        boolean changed = before.size() != wanted.size() || wanted.stream().anyMatch(claim -> before.stream()
                .noneMatch(old -> old.kind() == claim.kind() && old.value().equals(claim.value())
                        && (old.verified() || !claim.verified())));
        if (!changed) {
            return false;
        }
        h.createUpdate("DELETE FROM identity_claim WHERE identity_id = :i AND NOT ((kind, value) IN (SELECT * FROM"
                        + " unnest(:kinds, :values)))")
                .bind("i", identity.id()).bind("kinds", wanted.stream().map(c -> c.kind().key()).toArray(String[]::new))
                .bind("values", wanted.stream().map(ProfileClaim::value).toArray(String[]::new)).execute();
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO identity_claim (workspace_id, identity_id, kind, value, host, verified)
                VALUES (:w, :i, :kind, :value, :host, :verified)
                ON CONFLICT (identity_id, kind, value) DO UPDATE SET verified = identity_claim.verified OR EXCLUDED.verified""");
        for (ProfileClaim claim : wanted) {
            Optional<String> host = claim.kind() == ClaimKind.DOMAIN_HANDLE ? Optional.of(claim.value())
                    : claim.kind().isUrl() ? ClaimValues.host(claim.value()) : Optional.empty();
            batch.bind("w", identity.workspaceId()).bind("i", identity.id()).bind("kind", claim.kind().key())
                    .bind("value", claim.value()).bind("host", host.orElse(null)).bind("verified", claim.verified())
                    .add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        return true;
    }

    /** Keeps the folded name and handle the identity is compared by; answers whether they changed. */
    static boolean keys(Handle h, Identity identity) {
        return h.createUpdate("""
                        INSERT INTO identity_match_key (identity_id, workspace_id, name_key, name_words, handle_key)
                        VALUES (:i, :w, :name, :words, :handle)
                        ON CONFLICT (identity_id) DO UPDATE SET name_key = EXCLUDED.name_key,
                            name_words = EXCLUDED.name_words, handle_key = EXCLUDED.handle_key
                        WHERE (identity_match_key.name_key, identity_match_key.name_words, identity_match_key.handle_key)
                            IS DISTINCT FROM (EXCLUDED.name_key, EXCLUDED.name_words, EXCLUDED.handle_key)""")
                .bind("i", identity.id()).bind("w", identity.workspaceId())
                .bind("name", NameKeys.name(identity.displayName()).orElse(null))
                .bind("words", NameKeys.words(identity.displayName()).toArray(String[]::new))
                .bind("handle", NameKeys.handleLocalPart(identity.platform(), identity.handle()).orElse(null))
                .execute() > 0;
    }

    /** Sets whether each checked address links back, and when it was checked. */
    static void checked(Handle h, long identityId, List<ProfileClaim> results, java.time.Instant at) {
        PreparedBatch batch = h.prepareBatch("""
                UPDATE identity_claim SET verified = :verified, checked_at = :at
                WHERE identity_id = :i AND kind = :kind AND value = :value""");
        for (ProfileClaim claim : results) {
            batch.bind("i", identityId).bind("kind", claim.kind().key()).bind("value", claim.value())
                    .bind("verified", claim.verified()).bind("at", Rows.timestamp(at)).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** One claim per kind and value; proven if any copy of it was. */
    private static List<ProfileClaim> distinct(List<ProfileClaim> claims) {
        Map<String, ProfileClaim> byKey = new LinkedHashMap<>();
        for (ProfileClaim claim : claims) {
            byKey.merge(claim.kind().key() + " " + claim.value(), claim,
                    (a, b) -> a.verified() || !b.verified() ? a : b);
        }
        return List.copyOf(byKey.values());
    }
}
