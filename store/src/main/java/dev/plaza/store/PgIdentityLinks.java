package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.IdentityLinks;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.LinkOutcome;
import dev.plaza.core.people.LinkSuggestion;
import dev.plaza.core.people.PersonMerge;
import dev.plaza.core.people.ProfileClaim;
import dev.plaza.core.people.SuggestionState;
import dev.plaza.core.people.ClaimKind;
import dev.plaza.core.people.ClaimsToCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

final class PgIdentityLinks implements IdentityLinks {

    private final Jdbi jdbi;

    PgIdentityLinks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public LinkOutcome recordClaims(long workspaceId, IdentityKey key, List<ProfileClaim> claims) {
        return jdbi.inTransaction(h -> {
            Identity identity = h.createQuery("""
                            SELECT * FROM identity WHERE workspace_id = :w AND platform = :p AND stable_id = :s
                            FOR UPDATE""")
                    .bind("w", workspaceId).bind("p", key.platform().key()).bind("s", key.stableId())
                    .map(Rows.IDENTITY).findOne()
                    .orElseThrow(() -> new NotFoundException(key.platform().label() + " identity", key.stableId()));
            boolean claimsChanged = ClaimRows.replace(h, identity, claims);
            boolean keysChanged = ClaimRows.keys(h, identity);
            return claimsChanged || keysChanged ? ClaimLinker.link(h, identity) : LinkOutcome.NOTHING;
        });
    }

    @Override
    public List<Identity> unclaimedDomainHandles(int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT i.* FROM identity i
                        WHERE i.platform = 'bluesky' AND ltrim(i.handle, '@') LIKE '%.%' AND ltrim(i.handle, '@') NOT LIKE 'did:%'
                          AND lower(ltrim(i.handle, '@')) NOT LIKE '%.bsky.social'
                          AND NOT EXISTS (SELECT 1 FROM identity_claim c WHERE c.identity_id = i.id AND c.kind = 'domain_handle'
                                          AND c.value = lower(rtrim(ltrim(i.handle, '@'), '.')))
                        ORDER BY i.id LIMIT :limit""")
                .bind("limit", limit).map(Rows.IDENTITY).list());
    }

    @Override
    public List<ClaimsToCheck> toCheck(Instant checkedBefore, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT i.*, array_agg(c.kind ORDER BY c.kind, c.value) AS kinds,
                               array_agg(c.value ORDER BY c.kind, c.value) AS claim_values
                        FROM identity i JOIN identity_claim c ON c.identity_id = i.id
                        WHERE i.profile_url IS NOT NULL AND c.kind IN ('rel_me', 'website')
                          AND (c.checked_at IS NULL OR c.checked_at < :before)
                          AND i.id IN (SELECT identity_id FROM identity_claim WHERE kind IN ('rel_me', 'website')
                                         AND (checked_at IS NULL OR checked_at < :before)
                                       ORDER BY checked_at NULLS FIRST LIMIT :limit)
                        GROUP BY i.id""")
                .bind("before", Rows.timestamp(checkedBefore)).bind("limit", limit)
                .map((rs, ctx) -> {
                    Identity identity = Rows.IDENTITY.map(rs, ctx);
                    String[] kinds = (String[]) rs.getArray("kinds").getArray();
                    String[] values = (String[]) rs.getArray("claim_values").getArray();
                    List<ProfileClaim> claims = new ArrayList<>();
                    for (int i = 0; i < kinds.length; i++) {
                        claims.add(new ProfileClaim(ClaimKind.fromKey(kinds[i]), values[i], false));
                    }
                    return new ClaimsToCheck(identity, claims);
                }).list());
    }

    @Override
    public LinkOutcome checked(long workspaceId, long identityId, List<ProfileClaim> results, Instant at) {
        return jdbi.inTransaction(h -> {
            Identity identity = h.createQuery("SELECT * FROM identity WHERE workspace_id = :w AND id = :i FOR UPDATE")
                    .bind("w", workspaceId).bind("i", identityId).map(Rows.IDENTITY).findOne()
                    .orElseThrow(() -> new NotFoundException("identity", identityId));
            List<ProfileClaim> before = ClaimRows.of(h, identityId);
            ClaimRows.checked(h, identityId, results, at);
            boolean newlyProven = results.stream().filter(ProfileClaim::verified).anyMatch(r -> before.stream()
                    .anyMatch(b -> b.kind() == r.kind() && b.value().equals(r.value()) && !b.verified()));
            return newlyProven ? ClaimLinker.link(h, identity) : LinkOutcome.NOTHING;
        });
    }

    @Override
    public List<ProfileClaim> claimsOf(long workspaceId, long identityId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM identity_claim WHERE workspace_id = :w AND identity_id = :i ORDER BY kind, value""")
                .bind("w", workspaceId).bind("i", identityId).map(ClaimRows.CLAIM).list());
    }

    @Override
    public Page<LinkSuggestion> suggestions(long workspaceId, PageRequest page) {
        List<LinkSuggestion> rows = jdbi.withHandle(h -> SuggestionRows.withIdentities(h, h.createQuery(
                        SuggestionRows.OPEN + " AND " + Keyset.after(page, "s.suggested_at", "s.id")
                                + " ORDER BY s.suggested_at DESC, s.id DESC LIMIT :limit")
                .bind("w", workspaceId).bind("limit", page.limit() + 1)
                .bind("cursorAt", Rows.timestamp(Keyset.cursorAt(page))).bind("cursorId", Keyset.cursorId(page))
                .map(SuggestionRows.ROW).list()));
        return Keyset.page(rows, page, LinkSuggestion::suggestedAt, LinkSuggestion::id);
    }

    @Override
    public List<LinkSuggestion> suggestionsFor(long workspaceId, long personId) {
        return jdbi.withHandle(h -> SuggestionRows.withIdentities(h, h.createQuery(SuggestionRows.OPEN
                        + " AND (l.person_id = :p OR r.person_id = :p) ORDER BY s.confidence DESC, s.id DESC LIMIT 100")
                .bind("w", workspaceId).bind("p", personId).map(SuggestionRows.ROW).list()));
    }

    @Override
    public Optional<LinkSuggestion> suggestion(long workspaceId, long suggestionId) {
        return jdbi.withHandle(h -> SuggestionRows.withIdentities(h, h.createQuery(
                        "SELECT * FROM link_suggestion WHERE workspace_id = :w AND id = :id")
                .bind("w", workspaceId).bind("id", suggestionId).map(SuggestionRows.ROW).list())
                .stream().findFirst());
    }

    @Override
    public List<PersonMerge> accept(long workspaceId, List<Long> suggestionIds, Optional<Long> byMemberId) {
        return jdbi.inTransaction(h -> {
            List<PersonMerge> merges = new ArrayList<>();
            for (int i = 0; i < suggestionIds.size(); i++) {
                long id = suggestionIds.get(i);
                try {
                    merges.add(accept(h, workspaceId, id, byMemberId));
                } catch (PlazaException | IllegalArgumentException e) {
                    throw new PlazaException("cannot accept suggestion %d (%d of %d): %s; nothing was merged"
                            .formatted(id, i + 1, suggestionIds.size(), e.getMessage()), e);
                }
            }
            return merges;
        });
    }

    @Override
    public List<LinkSuggestion> dismiss(long workspaceId, List<Long> suggestionIds, Optional<Long> byMemberId) {
        return jdbi.inTransaction(h -> {
            List<SuggestionRows.Row> dismissed = new ArrayList<>();
            for (int i = 0; i < suggestionIds.size(); i++) {
                long id = suggestionIds.get(i);
                SuggestionRows.Row row = open(h, workspaceId, id, "dismiss", i, suggestionIds.size());
                SuggestionRows.decide(h, id, SuggestionState.DISMISSED, byMemberId);
                dismissed.add(SuggestionRows.lock(h, workspaceId, row.id()).orElseThrow());
            }
            return SuggestionRows.withIdentities(h, dismissed);
        });
    }

    private static PersonMerge accept(Handle h, long workspaceId, long id, Optional<Long> byMemberId) {
        SuggestionRows.Row row = SuggestionRows.lock(h, workspaceId, id)
                .orElseThrow(() -> new NotFoundException("suggestion", id));
        if (row.state() != SuggestionState.OPEN) {
            throw new IllegalArgumentException("it is already " + row.state().key());
        }
        long leftPerson = personOf(h, row.leftId());
        long rightPerson = personOf(h, row.rightId());
        if (leftPerson == rightPerson) {
            throw new IllegalArgumentException("both identities already belong to person " + leftPerson);
        }
        PersonMerge merge = PersonMerges.merge(h, workspaceId, Math.min(leftPerson, rightPerson),
                Math.max(leftPerson, rightPerson), new LinkEvidence("confirmed by a member: "
                        + String.join("; ", row.evidence()), 1.0), byMemberId);
        SuggestionRows.decide(h, id, SuggestionState.ACCEPTED, byMemberId);
        return merge;
    }

    private static SuggestionRows.Row open(Handle h, long workspaceId, long id, String verb, int index, int of) {
        SuggestionRows.Row row = SuggestionRows.lock(h, workspaceId, id).orElseThrow(() -> new PlazaException(
                "cannot %s suggestion %d (%d of %d): it was not found; nothing was changed"
                        .formatted(verb, id, index + 1, of)));
        if (row.state() != SuggestionState.OPEN) {
            throw new PlazaException("cannot %s suggestion %d (%d of %d): it is already %s; nothing was changed"
                    .formatted(verb, id, index + 1, of, row.state().key()));
        }
        return row;
    }

    private static long personOf(Handle h, long identityId) {
        return h.createQuery("SELECT person_id FROM identity WHERE id = :id").bind("id", identityId)
                .mapTo(Long.class).one();
    }
}
