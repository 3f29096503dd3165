package dev.plaza.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.community.Platform;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkRulesTest {

    private static LinkSubject fediverse(long id, String name, String user, ProfileClaim... claims) {
        return subject(id, Platform.FEDIVERSE, "https://social.example/users/" + user, "@" + user + "@social.example",
                name, claims);
    }

    private static LinkSubject bluesky(long id, String name, String handle, ProfileClaim... claims) {
        return subject(id, Platform.BLUESKY, "did:plc:" + id, handle, name, claims);
    }

    private static LinkSubject subject(long id, Platform platform, String stableId, String handle, String name,
            ProfileClaim... claims) {
        Identity identity = new Identity(id, 1, 100 + id, platform, stableId, handle, name,
                Optional.of(stableId.startsWith("https:") ? stableId.replace("/users/", "/@") : "https://bsky.app/x"),
                LinkEvidence.FIRST_SEEN);
        return new LinkSubject(identity, List.of(claims));
    }

    private static ProfileClaim claim(ClaimKind kind, String value, boolean verified) {
        return ProfileClaim.of(kind, value, verified);
    }

    @Test
    void bothVerifyingTheSameSiteWithRelMeIsStrong() {
        LinkJudgement judgement = LinkRules.judge(
                fediverse(1, "Alice", "alice", claim(ClaimKind.REL_ME, "https://Alice.example/", true)),
                bluesky(2, "Someone", "someone.bsky.social", claim(ClaimKind.WEBSITE, "https://alice.example", true)),
                0).orElseThrow();

        assertThat(judgement.strong()).isTrue();
        assertThat(judgement.evidence()).containsExactly("both verify https://alice.example with rel=me");
        assertThat(judgement.confidence()).isBetween(0.95, 0.99);
    }

    @Test
    void twoAccountsNamingEachOtherInAlsoKnownAsAreStrong() {
        LinkJudgement judgement = LinkRules.judge(
                fediverse(1, "Alice", "alice", claim(ClaimKind.ALSO_KNOWN_AS, "https://social.example/users/alice2", false)),
                fediverse(2, "A.", "alice2", claim(ClaimKind.ALSO_KNOWN_AS, "https://social.example/users/alice", false)),
                0).orElseThrow();

        assertThat(judgement.strong()).isTrue();
        assertThat(judgement.evidence().get(0)).contains("name each other in alsoKnownAs")
                .contains("https://social.example/users/alice");
    }

    @Test
    void anAccountNamingAnotherInAlsoKnownAsWithoutAnAnswerOnlySuggests() {
        LinkJudgement judgement = LinkRules.judge(
                fediverse(1, "Alice", "alice"),
                fediverse(2, "Not Alice", "impostor", claim(ClaimKind.ALSO_KNOWN_AS, "https://social.example/users/alice", false)),
                0).orElseThrow();

        assertThat(judgement.strong()).isFalse();
        assertThat(judgement.evidence()).contains("only one side names https://social.example/users/alice in alsoKnownAs");
        assertThat(judgement.confidence()).isLessThan(0.9);
    }

    @Test
    void aBlueskyDomainHandleMatchingTheHostOfAVerifiedLinkIsStrong() {
        LinkJudgement judgement = LinkRules.judge(
                bluesky(1, "Alice", "alice.example", claim(ClaimKind.DOMAIN_HANDLE, "alice.example", true)),
                fediverse(2, "Alice W", "alice", claim(ClaimKind.REL_ME, "https://alice.example/about", true)),
                0).orElseThrow();

        assertThat(judgement.strong()).isTrue();
        assertThat(judgement.evidence().get(0)).contains("alice.example");
    }

    @Test
    void aDomainHandleMatchingOnlyAnUnverifiedLinkIsNotStrong() {
        Optional<LinkJudgement> judgement = LinkRules.judge(
                bluesky(1, "Bob", "alice.example", claim(ClaimKind.DOMAIN_HANDLE, "alice.example", true)),
                fediverse(2, "Carol", "carol", claim(ClaimKind.REL_ME, "https://alice.example", false)),
                0);

        assertThat(judgement).isEmpty();
    }

    @Test
    void weakEvidenceOnlySuggestsAndEachClueAddsConfidence() {
        LinkJudgement nameOnly = LinkRules.judge(fediverse(1, "Алиса Петрова", "a1"),
                bluesky(2, "АЛИСА ПЕТРОВА", "x.bsky.social"), 1.0).orElseThrow();
        LinkJudgement nameAndHandle = LinkRules.judge(fediverse(1, "Алиса Петрова", "alisa"),
                bluesky(2, "АЛИСА ПЕТРОВА", "alisa.bsky.social"), 1.0).orElseThrow();
        LinkJudgement unverifiedSite = LinkRules.judge(
                fediverse(1, "Alice", "a1", claim(ClaimKind.WEBSITE, "https://alice.example", false)),
                fediverse(2, "Zed", "z2", claim(ClaimKind.WEBSITE, "https://alice.example", true)), 0).orElseThrow();

        assertThat(List.of(nameOnly, nameAndHandle, unverifiedSite)).noneMatch(LinkJudgement::strong);
        assertThat(nameOnly.evidence()).containsExactly("both are named “Алиса Петрова”");
        assertThat(nameAndHandle.confidence()).isGreaterThan(nameOnly.confidence()).isLessThan(0.95);
        assertThat(nameAndHandle.evidence()).anyMatch(e -> e.contains("handle “alisa”"));
        assertThat(unverifiedSite.evidence()).containsExactly("both link to https://alice.example, not verified");
    }

    @Test
    void namesInEveryScriptAreComparedAfterFolding() {
        for (String[] pair : List.of(new String[] {"Σοφία Παππά", "ΣΟΦΊΑ ΠΑΠΠΆ"}, new String[] {"山田太郎", "山田太郎"},
                new String[] {"محمد علي", "محمد علي"}, new String[] {"अनीता शर्मा", "अनीता शर्मा"},
                new String[] {"ＡＬＩＣＥ", "alice"})) {
            assertThat(LinkRules.judge(fediverse(1, pair[0], "u1"), bluesky(2, pair[1], "v2.bsky.social"), 1.0))
                    .as("%s and %s", pair[0], pair[1])
                    .hasValueSatisfying(j -> assertThat(j.evidence()).anyMatch(e -> e.startsWith("both are named")));
        }
    }

    @Test
    void similarNamesSuggestOnlyAboveTheThreshold() {
        assertThat(LinkRules.judge(fediverse(1, "Jonathan Smith", "u1"), bluesky(2, "Jonathon Smith", "v.bsky.social"),
                0.7)).hasValueSatisfying(j -> assertThat(j.evidence().get(0)).contains("70% alike"));
        assertThat(LinkRules.judge(fediverse(1, "Jonathan Smith", "u1"), bluesky(2, "Mary Jones", "v.bsky.social"),
                0.1)).isEmpty();
    }

    @Test
    void identitiesOfOnePersonAreNeverJudged() {
        LinkSubject a = fediverse(1, "Alice", "alice", claim(ClaimKind.REL_ME, "https://alice.example", true));
        Identity sameOwner = new Identity(2, 1, a.identity().personId(), Platform.BLUESKY, "did:plc:2", "alice.example",
                "Alice", Optional.empty(), LinkEvidence.FIRST_SEEN);

        assertThat(LinkRules.judge(a, new LinkSubject(sameOwner, a.claims()), 1.0)).isEmpty();
    }

    @Test
    void theSameHandleOnOnePlatformSaysNothing() {
        assertThat(LinkRules.judge(fediverse(1, "Ann", "alice"), subject(2, Platform.FEDIVERSE,
                "https://other.example/users/alice", "@alice@other.example", "Bob", new ProfileClaim[0]), 0)).isEmpty();
    }
}
