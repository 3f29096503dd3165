package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.people.ClaimKind;
import dev.plaza.core.people.ClaimValues;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.LinkJudgement;
import dev.plaza.core.people.LinkOutcome;
import dev.plaza.core.people.LinkRules;
import dev.plaza.core.people.LinkSubject;
import dev.plaza.core.people.LinkSuggestion;
import dev.plaza.core.people.NameKeys;
import dev.plaza.core.people.PersonMerge;
import dev.plaza.core.people.ProfileClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Links one identity after its claims were recorded: finds the identities that share a claim, a
 * folded name or handle, or a similar name with it, judges each pair with {@link LinkRules}, merges on
 * strong evidence and suggests on weak, inside the caller's transaction.
 */
final class ClaimLinker {

    /** How many candidates one identity is judged against; enough for any real overlap. */
    static final int MAX_CANDIDATES = 200;

    private ClaimLinker() {
    }

    static LinkOutcome link(Handle h, Identity subject) {
        List<PersonMerge> merges = new ArrayList<>();
        List<SuggestionRows.Row> suggested = new ArrayList<>();
        for (long candidate : candidates(h, subject)) {
            Identity self = identity(h, subject.id());
            Identity other = identity(h, candidate);
            Optional<LinkJudgement> judgement = LinkRules.judge(new LinkSubject(self, ClaimRows.of(h, self.id())),
                    new LinkSubject(other, ClaimRows.of(h, other.id())), similarity(self, other));
            if (judgement.isEmpty()) {
                continue;
            }
            if (judgement.get().strong()) {
                long survivor = Math.min(self.personId(), other.personId());
                long merged = Math.max(self.personId(), other.personId());
                try {
                    merges.add(PersonMerges.merge(h, self.workspaceId(), survivor, merged,
                            judgement.get().asLinkEvidence(), Optional.empty()));
                } catch (NotFoundException e) {
                    // Another recording merged one of them since this one began; the next candidate
                    // sees the person as it is now.
                }
            } else {
                SuggestionRows.upsert(h, self, other, judgement.get()).ifPresent(suggested::add);
            }
        }
        List<LinkSuggestion> suggestions = SuggestionRows.withIdentities(h, suggested);
        return new LinkOutcome(merges, suggestions);
    }

    private static double similarity(Identity a, Identity b) {
        return NameKeys.name(a.displayName())
                .flatMap(mine -> NameKeys.name(b.displayName()).map(theirs -> NameKeys.similarity(mine, theirs)))
                .orElse(0.0);
    }

    /** Candidate identity ids in id order. */
    private static List<Long> candidates(Handle h, Identity subject) {
        List<ProfileClaim> claims = ClaimRows.of(h, subject.id());
        String[] urls = claims.stream().filter(c -> c.kind().isUrl()).map(ProfileClaim::value).toArray(String[]::new);
        String[] domains = claims.stream().filter(c -> c.kind() == ClaimKind.DOMAIN_HANDLE || c.kind().isUrl())
                .map(c -> c.kind().isUrl() ? ClaimValues.host(c.value()).orElse("") : c.value())
                .filter(d -> !d.isEmpty()).distinct().toArray(String[]::new);
        String[] aliases = claims.stream().filter(c -> c.kind() == ClaimKind.ALSO_KNOWN_AS).map(ProfileClaim::value)
                .toArray(String[]::new);
        String[] selfNames = subject.profileUrl().isPresent()
                ? new String[] {subject.stableId(), subject.profileUrl().get()} : new String[] {subject.stableId()};
        return h.createQuery("""
                        SELECT i.id FROM identity i
                        LEFT JOIN identity_match_key k ON k.identity_id = i.id
                        WHERE i.workspace_id = :w AND i.id <> :self AND i.person_id <> :person AND (
                            i.id IN (SELECT identity_id FROM identity_claim c WHERE c.workspace_id = :w
                                     AND ((c.kind IN ('rel_me', 'website') AND c.value = ANY(:urls))
                                          OR c.host = ANY(:domains)
                                          OR (c.kind = 'also_known_as' AND c.value = ANY(:selfNames))))
                            OR i.stable_id = ANY(:aliases) OR i.profile_url = ANY(:aliases)
                            OR k.name_key = :name OR k.handle_key = :handle OR k.name_words && CAST(:words AS text[])
                            OR (k.name_key % :name AND similarity(k.name_key, :name) >= :minSimilarity))
                        ORDER BY i.id LIMIT :limit""")
                .bind("w", subject.workspaceId()).bind("self", subject.id()).bind("person", subject.personId())
                .bind("urls", urls).bind("domains", domains).bind("selfNames", selfNames).bind("aliases", aliases)
                .bind("name", NameKeys.name(subject.displayName()).orElse(null))
                .bind("words", NameKeys.words(subject.displayName()).toArray(String[]::new))
                .bind("handle", NameKeys.handleLocalPart(subject.platform(), subject.handle()).orElse(null))
                .bind("minSimilarity", LinkRules.MIN_NAME_SIMILARITY).bind("limit", MAX_CANDIDATES)
                .mapTo(Long.class).list();
    }

    private static Identity identity(Handle h, long id) {
        return h.createQuery("SELECT * FROM identity WHERE id = :id").bind("id", id).map(Rows.IDENTITY).one();
    }
}
