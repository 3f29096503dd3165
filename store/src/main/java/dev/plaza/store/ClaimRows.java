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

    static void replace(Handle h, Identity identity, List<ProfileClaim> claims) {
        h.createUpdate("DELETE FROM identity_claim WHERE identity_id = :i").bind("i", identity.id()).execute();
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO identity_claim (workspace_id, identity_id, kind, value, host, verified)
                VALUES (:w, :i, :kind, :value, :host, :verified)""");
        for (ProfileClaim claim : distinct(claims)) {
            Optional<String> host = claim.kind() == ClaimKind.DOMAIN_HANDLE ? Optional.of(claim.value())
                    : claim.kind().isUrl() ? ClaimValues.host(claim.value()) : Optional.empty();
            batch.bind("w", identity.workspaceId()).bind("i", identity.id()).bind("kind", claim.kind().key())
                    .bind("value", claim.value()).bind("host", host.orElse(null)).bind("verified", claim.verified())
                    .add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        h.createUpdate("""
                        INSERT INTO identity_match_key (identity_id, workspace_id, name_key, name_words, handle_key)
                        VALUES (:i, :w, :name, :words, :handle)
                        ON CONFLICT (identity_id) DO UPDATE SET name_key = EXCLUDED.name_key,
                            name_words = EXCLUDED.name_words, handle_key = EXCLUDED.handle_key""")
                .bind("i", identity.id()).bind("w", identity.workspaceId())
                .bind("name", NameKeys.name(identity.displayName()).orElse(null))
                .bind("words", NameKeys.words(identity.displayName()).toArray(String[]::new))
                .bind("handle", NameKeys.handleLocalPart(identity.platform(), identity.handle()).orElse(null))
                .execute();
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
