package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.PlazaException;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.people.ClaimKind;
import dev.plaza.core.people.Identity;
import dev.plaza.core.people.IdentityLinks;
import dev.plaza.core.people.LinkEvidence;
import dev.plaza.core.people.LinkOutcome;
import dev.plaza.core.people.LinkSuggestion;
import dev.plaza.core.people.MergeRequest;
import dev.plaza.core.people.PersonMerge;
import dev.plaza.core.people.ProfileClaim;
import dev.plaza.core.people.SuggestionState;
import dev.plaza.store.testing.TestStore;
import java.util.List;
import java.util.Optional;
import dev.plaza.core.people.ClaimsToCheck;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdentityLinksTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private final long w = db.newWorkspace().id();

    private static SeenIdentity fediverse(String user, String name) {
        return SeenIdentity.of(Platform.FEDIVERSE, "https://social.example/users/" + user, "@" + user + "@social.example",
                name, Optional.of("https://social.example/@" + user));
    }

    private static SeenIdentity bluesky(String handle, String name) {
        return SeenIdentity.of(Platform.BLUESKY, "did:plc:" + handle.replace(".", ""), handle, name,
                Optional.of("https://bsky.app/profile/" + handle));
    }

    private void seen(SeenIdentity... identities) {
        db.store().ingest().ingest(w, new IngestBatch(List.of(identities), List.of(), Optional.empty()), Progress.NONE);
    }

    private IdentityLinks links() {
        return db.store().identityLinks();
    }

    private Identity identity(SeenIdentity seen) {
        return db.store().people().identities(w, PageRequest.first(200)).items().stream()
                .filter(i -> i.stableId().equals(seen.stableId())).findFirst().orElseThrow();
    }

    private LinkOutcome claim(SeenIdentity who, ProfileClaim... claims) {
        return links().recordClaims(w, who.key(), List.of(claims));
    }

    private static ProfileClaim relMe(String url) {
        return ProfileClaim.of(ClaimKind.REL_ME, url, true);
    }

    @Test
    void claimsAreStoredNormalisedAndReplaceTheIdentitysEarlierClaims() {
        SeenIdentity alice = fediverse("alice", "Alice");
        seen(alice);
        claim(alice, relMe("HTTPS://Alice.Example/"), ProfileClaim.of(ClaimKind.WEBSITE, "https://old.example", false));
        claim(alice, relMe("https://Bücher.example:443/"));

        assertThat(links().claimsOf(w, identity(alice).id()))
                .containsExactly(new ProfileClaim(ClaimKind.REL_ME, "https://xn--bcher-kva.example", true));
    }

    @Test
    void aProvenClaimStaysProvenWhenItsSourceRepeatsItUnprovenAndNothingIsLinkedAgain() {
        SeenIdentity alice = fediverse("alice", "Alice");
        seen(alice);
        claim(alice, relMe("https://alice.example"));

        LinkOutcome repeated = claim(alice, ProfileClaim.of(ClaimKind.REL_ME, "https://alice.example", false));

        assertThat(repeated).isEqualTo(LinkOutcome.NOTHING);
        assertThat(links().claimsOf(w, identity(alice).id()))
                .containsExactly(new ProfileClaim(ClaimKind.REL_ME, "https://alice.example", true));
    }

    @Test
    void aCheckThatProvesAnAddressLinksTheIdentitiesThatShareIt() {
        SeenIdentity masto = fediverse("dora", "Dora");
        SeenIdentity other = fediverse("dora2", "D. Explorer");
        seen(masto, other);
        claim(masto, relMe("https://dora.example"));
        claim(other, ProfileClaim.of(ClaimKind.WEBSITE, "https://dora.example", false));
        assertThat(identity(masto).personId()).isNotEqualTo(identity(other).personId());

        List<ClaimsToCheck> due = links().toCheck(Instant.now(), 1_000).stream()
                .filter(c -> c.identity().id() == identity(other).id()).toList();
        assertThat(due).singleElement().satisfies(c -> assertThat(c.addresses())
                .containsExactly(new ProfileClaim(ClaimKind.WEBSITE, "https://dora.example", false)));

        LinkOutcome proven = links().checked(w, identity(other).id(),
                List.of(new ProfileClaim(ClaimKind.WEBSITE, "https://dora.example", true)), Instant.now());

        assertThat(proven.merges()).singleElement().satisfies(m -> assertThat(m.evidence().reason()).contains("https://dora.example"));
        assertThat(identity(masto).personId()).isEqualTo(identity(other).personId());
        assertThat(links().toCheck(Instant.now().minusSeconds(60), 1_000)).noneMatch(c -> c.identity().id() == identity(other).id());
    }

    @Test
    void claimsOfAnUnknownIdentityAreRefused() {
        assertThatThrownBy(() -> links().recordClaims(w, new IdentityKey(Platform.BLUESKY, "did:plc:nobody"), List.of()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("did:plc:nobody");
    }

    @Test
    void twoIdentitiesVerifyingTheSameSiteBecomeOnePersonWithAuditedEvidence() {
        SeenIdentity masto = fediverse("alice", "Alice");
        SeenIdentity sky = bluesky("alice.bsky.social", "A. Liddell");
        seen(masto, sky);
        claim(masto, relMe("https://alice.example"));
        LinkOutcome outcome = claim(sky, ProfileClaim.of(ClaimKind.WEBSITE, "https://alice.example/", true));

        assertThat(outcome.merges()).singleElement().satisfies(merge -> {
            assertThat(merge.evidence().reason()).isEqualTo("both verify https://alice.example with rel=me");
            assertThat(merge.evidence().confidence()).isBetween(0.95, 0.99);
            assertThat(merge.byMemberId()).isEmpty();
        });
        assertThat(identity(masto).personId()).isEqualTo(identity(sky).personId());
        assertThat(db.store().people().mergesOf(w, identity(sky).personId())).hasSize(1);
        assertThat(identity(sky).link().reason()).contains("rel=me");
    }

    @Test
    void twoAccountsNamingEachOtherInAlsoKnownAsMerge() {
        SeenIdentity old = fediverse("alice", "Alice");
        SeenIdentity moved = SeenIdentity.of(Platform.FEDIVERSE, "https://new.example/users/alice",
                "@alice@new.example", "Alice (new)", Optional.empty());
        seen(old, moved);

        LinkOutcome oneSided = claim(moved, ProfileClaim.of(ClaimKind.ALSO_KNOWN_AS, old.stableId(), false));
        LinkOutcome answered = claim(old, ProfileClaim.of(ClaimKind.ALSO_KNOWN_AS, moved.stableId(), false));

        assertThat(oneSided.merges()).as("anyone can name anyone: one side alone only suggests").isEmpty();
        assertThat(oneSided.suggestions()).isNotEmpty();
        assertThat(answered.merges()).singleElement()
                .satisfies(m -> assertThat(m.evidence().reason()).contains("name each other in alsoKnownAs")
                        .contains(old.stableId()));
    }

    @Test
    void aBlueskyDomainHandleMatchingAVerifiedFediverseLinkMerges() {
        SeenIdentity masto = fediverse("carol", "Carol");
        SeenIdentity sky = bluesky("carol.example", "Carol");
        seen(masto, sky);
        claim(sky, ProfileClaim.of(ClaimKind.DOMAIN_HANDLE, "Carol.Example", true));

        LinkOutcome outcome = claim(masto, relMe("https://carol.example/about"));

        assertThat(outcome.merges()).singleElement()
                .satisfies(m -> assertThat(m.evidence().reason()).contains("carol.example"));
        assertThat(outcome.suggestions()).isEmpty();
    }

    @Test
    void weakEvidenceOnlySuggestsAndADismissedSuggestionStaysDismissed() {
        SeenIdentity masto = fediverse("dmitri", "Дмитрий Иванов");
        SeenIdentity sky = bluesky("dmitri.bsky.social", "ДМИТРИЙ ИВАНОВ");
        seen(masto, sky);
        claim(masto);

        LinkOutcome outcome = claim(sky);

        assertThat(outcome.merges()).isEmpty();
        LinkSuggestion suggestion = outcome.suggestions().get(0);
        assertThat(suggestion.evidence()).contains("both are named “ДМИТРИЙ ИВАНОВ”")
                .anyMatch(e -> e.contains("handle “dmitri”"));
        assertThat(suggestion.confidence()).isLessThan(0.95);
        assertThat(identity(masto).personId()).isNotEqualTo(identity(sky).personId());
        assertThat(links().suggestions(w, PageRequest.first(10)).items()).extracting(LinkSuggestion::id)
                .containsExactly(suggestion.id());

        links().dismiss(w, List.of(suggestion.id()), Optional.empty());
        LinkOutcome again = claim(sky);

        assertThat(again.suggestions()).isEmpty();
        assertThat(links().suggestions(w, PageRequest.first(10)).items()).isEmpty();
        assertThat(links().suggestion(w, suggestion.id()).orElseThrow().state()).isEqualTo(SuggestionState.DISMISSED);
    }

    @Test
    void namesInManyScriptsAndUnverifiedSitesAreSuggested() {
        List<String[]> names = List.of(new String[] {"Σοφία Παππά", "ΣΟΦΊΑ ΠΑΠΠΆ"}, new String[] {"山田太郎", "山田太郎"},
                new String[] {"محمد علي", "محمد علي"}, new String[] {"अनीता शर्मा", "अनीता शर्मा"});
        for (int i = 0; i < names.size(); i++) {
            SeenIdentity masto = fediverse("m" + i, names.get(i)[0]);
            SeenIdentity sky = bluesky("s" + i + ".bsky.social", names.get(i)[1]);
            seen(masto, sky);
            claim(masto);
            assertThat(claim(sky).suggestions()).as(names.get(i)[0]).singleElement()
                    .satisfies(s -> assertThat(s.evidence().get(0)).startsWith("both are named"));
        }
        SeenIdentity x = fediverse("xavier", "Xavier");
        SeenIdentity y = bluesky("yolanda.bsky.social", "Yolanda");
        seen(x, y);
        claim(x, ProfileClaim.of(ClaimKind.WEBSITE, "https://shared.example", false));
        assertThat(claim(y, ProfileClaim.of(ClaimKind.WEBSITE, "https://shared.example/", true)).suggestions())
                .singleElement().satisfies(s -> assertThat(s.evidence()).containsExactly(
                        "both link to https://shared.example, not verified"));
    }

    @Test
    void similarNamesAreSuggestedInAnyScript() {
        List<String[]> names = List.of(new String[] {"Jonathan Smithers", "Jonathon Smithers"},
                new String[] {"Александра Кузнецова", "АЛЕКСАНДРА КУЗНЕЦОВ"},
                new String[] {"Κωνσταντίνος Παπαδόπουλος", "ΚΩΝΣΤΑΝΤΊΝΟΣ ΠΑΠΑΔΌΠΟΥΛΟΥ"});
        for (int i = 0; i < names.size(); i++) {
            SeenIdentity a = fediverse("similar" + i, names.get(i)[0]);
            SeenIdentity b = bluesky("other" + i + ".bsky.social", names.get(i)[1]);
            seen(a, b);
            claim(a);

            assertThat(claim(b).suggestions()).as(names.get(i)[0]).singleElement()
                    .satisfies(s -> assertThat(s.evidence().get(0)).contains("alike"));
        }
    }

    @Test
    void identitiesOfOnePersonAreNeverSuggested() {
        SeenIdentity masto = fediverse("erin", "Erin");
        SeenIdentity sky = bluesky("erin.bsky.social", "Erin");
        seen(masto, sky);
        claim(masto, relMe("https://erin.example"));
        claim(sky, relMe("https://erin.example"));

        LinkOutcome again = claim(sky, relMe("https://erin.example"));

        assertThat(again.merges()).isEmpty();
        assertThat(again.suggestions()).isEmpty();
        assertThat(links().suggestionsFor(w, identity(sky).personId())).isEmpty();
    }

    @Test
    void acceptingSuggestionsMergesTheirPeopleAllOrNothing() {
        SeenIdentity a = fediverse("frank", "Frank Zhang");
        SeenIdentity b = bluesky("frank.bsky.social", "Frank Zhang");
        SeenIdentity c = fediverse("gina", "Gina Li");
        SeenIdentity d = bluesky("gina.bsky.social", "Gina Li");
        seen(a, b, c, d);
        claim(a);
        long first = claim(b).suggestions().get(0).id();
        claim(c);
        long second = claim(d).suggestions().get(0).id();
        links().dismiss(w, List.of(second), Optional.empty());

        assertThatThrownBy(() -> links().accept(w, List.of(first, second), Optional.empty()))
                .isInstanceOf(PlazaException.class)
                .hasMessageContaining("suggestion %d (2 of 2)".formatted(second)).hasMessageContaining("dismissed");
        assertThat(identity(a).personId()).isNotEqualTo(identity(b).personId());

        List<PersonMerge> merges = links().accept(w, List.of(first), Optional.empty());

        assertThat(merges).singleElement().satisfies(m -> assertThat(m.evidence().reason()).contains("Frank Zhang"));
        assertThat(identity(a).personId()).isEqualTo(identity(b).personId());
        assertThat(links().suggestion(w, first).orElseThrow().state()).isEqualTo(SuggestionState.ACCEPTED);
    }

    @Test
    void bulkMergesAndUndosAreAllOrNothingAndNameThePairThatFailed() {
        SeenIdentity[] people = {fediverse("h1", "Ханна"), fediverse("h2", "Hanna"), fediverse("h3", "ハンナ"),
                fediverse("h4", "हन्ना")};
        seen(people);
        long p1 = identity(people[0]).personId();
        long p2 = identity(people[1]).personId();
        long p3 = identity(people[2]).personId();
        long p4 = identity(people[3]).personId();
        LinkEvidence byHand = new LinkEvidence("same person", 1.0);

        assertThatThrownBy(() -> db.store().people().mergeAll(w, List.of(new MergeRequest(p1, p2, byHand),
                new MergeRequest(p3, p2, byHand)), Optional.empty()))
                .isInstanceOf(PlazaException.class)
                .hasMessageContaining("person %d (“Hanna”) into person %d (“ハンナ”) (pair 2 of 2)".formatted(p2, p3))
                .hasMessageContaining("nothing was merged");
        assertThat(db.store().people().find(w, p2)).isPresent();

        List<PersonMerge> merges = db.store().people().mergeAll(w, List.of(new MergeRequest(p1, p2, byHand),
                new MergeRequest(p3, p4, byHand)), Optional.empty());
        assertThat(merges).extracting(PersonMerge::mergedDisplayName).containsExactly("Hanna", "हन्ना");

        long missing = merges.get(1).id() + 1000;
        assertThatThrownBy(() -> db.store().people().undoMerges(w, List.of(merges.get(0).id(), missing)))
                .isInstanceOf(PlazaException.class).hasMessageContaining("merge %d (2 of 2)".formatted(missing))
                .hasMessageContaining("nothing was undone");
        assertThatThrownBy(() -> db.store().people().undoMerges(w, List.of(merges.get(1).id(), merges.get(1).id())))
                .hasMessageContaining("cannot undo merge %d of “हन्ना” (2 of 2): merge %d was already undone"
                        .formatted(merges.get(1).id(), merges.get(1).id()));
        assertThat(db.store().people().find(w, p2)).isEmpty();

        assertThat(db.store().people().undoMerges(w, merges.stream().map(PersonMerge::id).toList()))
                .allMatch(PersonMerge::undone);
        assertThat(identity(people[3]).personId()).isEqualTo(p4);
    }
}
