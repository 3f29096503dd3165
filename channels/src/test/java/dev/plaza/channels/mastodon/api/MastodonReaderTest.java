package dev.plaza.channels.mastodon.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.channels.language.ProfileLanguageDetector;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Goal;
import dev.plaza.core.community.GoalMatcher;
import dev.plaza.core.community.MatchReason.Kind;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.net.GuardSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MastodonReaderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String BRAND_ACTOR = "https://brand.example/users/plaza";
    private static final Goal GOAL = new Goal(1, "coffee", List.of("espresso"), List.of("plaza"), List.of(), List.of());

    private final Instance instance = Instance.parse("brand.example", GuardSettings.DEFAULT);
    private final ObjectNode brandJson = Fixtures.localAccount("1", "plaza", "https://brand.example");
    private final ConnectedAccount connected = new ConnectedAccount(instance, Entities.account(brandJson, "test"));
    private final ObjectNode alice = Fixtures.account("2", "alice", "social.example");
    private final ObjectNode brandPost = Fixtures.status("900", brandJson, "<p>Our new blend is out</p>");
    private final List<String> lookedUp = new ArrayList<>();
    private final KnownStatuses known = new KnownStatuses(id -> {
        lookedUp.add(id);
        return id.equals("900") ? Optional.of(Entities.status(brandPost, "test")) : Optional.empty();
    }, instance, 100);
    private final MastodonReader reader = new MastodonReader(() -> GoalMatcher.of(GOAL, Set.of(BRAND_ACTOR)));

    private static Entry entry(ObjectNode status) {
        return new Entry(status.path("id").asText(), Entities.status(status, "test"), false);
    }

    private MastodonReader.Read read(long stored, List<Entry> entries, List<String> deleted) {
        Optional<String> position = entries.stream().map(Entry::id).max((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        return reader.read(MastodonReader.streamName(connected, Timeline.home()), stored, connected,
                new MastodonSource.Delivery(MastodonSource.Mode.POLLING, entries, deleted, position), known, NOW);
    }

    private static IncomingActivity activity(StreamBatch batch, String uri) {
        return batch.batch().activities().stream().filter(a -> a.uri().equals(uri)).findFirst().orElseThrow();
    }

    @Test
    void aStatusThatDeclaresNoLanguageIsHeldAgainstTheGoalsLanguagesInTheOneDetected() {
        Goal german = new Goal(1, "coffee", List.of("espresso"), List.of(), List.of("de"), List.of());
        MastodonReader detecting = new MastodonReader(() -> GoalMatcher.of(german, Set.of(BRAND_ACTOR),
                ProfileLanguageDetector.loadBuiltIn()));
        ObjectNode deutsch = Fixtures.status("3001", alice,
                "<p>Der Espresso in eurem neuen Laden schmeckt wirklich hervorragend, vielen Dank dafür!</p>");
        ObjectNode english = Fixtures.status("3002", alice,
                "<p>The espresso in your new shop tastes really wonderful, thank you so much for it!</p>");
        deutsch.putNull("language");
        english.putNull("language");

        StreamBatch batch = detecting.read(MastodonReader.streamName(connected, Timeline.home()), 0, connected,
                new MastodonSource.Delivery(MastodonSource.Mode.POLLING, List.of(entry(deutsch), entry(english)), List.of(),
                        Optional.of("3002")), known, NOW).batch();

        assertThat(batch.batch().activities()).singleElement().satisfies(kept -> {
            assertThat(kept.uri()).endsWith("/statuses/3001");
            assertThat(kept.language()).contains("de");
        });
    }

    @Test
    void theStreamIsNamedByHostAccountAndTimeline() {
        assertThat(MastodonReader.streamName(connected, Timeline.tag("Plaza"))).isEqualTo("mastodon:brand.example:1:tag:plaza");
        assertThat(MastodonReader.streamName(connected, Timeline.mentions())).isEqualTo("mastodon:brand.example:1:mentions");
    }

    @Test
    void aMentionOfTheBrandIsKeptWithItsAuthorAndTheBrandAsIdentities() {
        ObjectNode status = Fixtures.mentioning(Fixtures.status("2001", alice,
                "<p><span class=\"h-card\"><a href=\"https://brand.example/@plaza\">@plaza</a></span> when is it back?</p>"), brandJson);
        MastodonStatus parsed = Entities.status(status, "test");

        MastodonReader.Read read = reader.read("mastodon:brand.example:1:mentions", 0, connected,
                new MastodonSource.Delivery(MastodonSource.Mode.STREAMING, List.of(new Entry("501", parsed, true)), List.of(),
                        Optional.of("501")), known, NOW);

        StreamBatch batch = read.batch();
        assertThat(batch.position()).isEqualTo(501);
        IncomingActivity mention = activity(batch, "https://social.example/users/alice/statuses/2001");
        assertThat(mention.kind()).isEqualTo(ActivityKind.POST);
        assertThat(mention.author()).isEqualTo(new IdentityKey(Platform.FEDIVERSE, "https://social.example/users/alice"));
        assertThat(mention.text()).isEqualTo("@plaza when is it back?");
        assertThat(mention.language()).contains("en");
        assertThat(mention.url()).contains("https://social.example/@alice/2001");
        assertThat(mention.mentions()).containsExactly(new IdentityKey(Platform.FEDIVERSE, BRAND_ACTOR));
        assertThat(mention.community()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("social.example"));
        assertThat(batch.reasons().get(mention.uri())).containsExactly(new MatchReason(Kind.MENTIONS_BRAND, BRAND_ACTOR));
        SeenIdentity author = batch.batch().identities().stream().filter(i -> i.stableId().contains("alice")).findFirst().orElseThrow();
        assertThat(author.handle()).isEqualTo("@alice@social.example");
        assertThat(author.displayName()).isEqualTo("Alice");
        assertThat(author.personHint()).hasValueSatisfying(h -> assertThat(h.key()).isEqualTo("acct:alice@social.example"));
        assertThat(batch.batch().identities()).extracting(SeenIdentity::stableId).contains(BRAND_ACTOR);
    }

    @Test
    void aReplyToTheBrandJoinsTheThreadOfItsParentByUri() {
        ObjectNode reply = Fixtures.replyingTo(Fixtures.status("2002", alice, "<p>Looks great</p>"), brandPost);
        reply.put("language", "fr");

        StreamBatch batch = read(0, List.of(entry(reply)), List.of()).batch();

        IncomingActivity activity = activity(batch, "https://social.example/users/alice/statuses/2002");
        assertThat(activity.kind()).isEqualTo(ActivityKind.REPLY);
        assertThat(activity.inReplyToUri()).contains("https://brand.example/users/plaza/statuses/900");
        assertThat(activity.language()).contains("fr");
        assertThat(batch.reasons().get(activity.uri())).containsExactly(new MatchReason(Kind.REPLIES_TO_BRAND, BRAND_ACTOR));
        assertThat(lookedUp).containsExactly("900");
        read(0, List.of(entry(reply)), List.of());
        assertThat(lookedUp).as("a parent looked up once is remembered").containsExactly("900");
    }

    @Test
    void theGoalsKeywordsAndHashtagsKeepPostsAndEverythingElseIsPassedOver() {
        ObjectNode keyword = Fixtures.status("2003", alice, "<p>Best espresso in town</p>");
        ObjectNode hashtag = Fixtures.tagged(Fixtures.status("2004", alice, "<p>Meetup tonight <a href=\"https://social.example/tags/plaza\">#plaza</a></p>"), "plaza");
        ObjectNode unrelated = Fixtures.status("2005", alice, "<p>Rainy day</p>");

        MastodonReader.Read read = read(1000, List.of(entry(keyword), entry(hashtag), entry(unrelated)), List.of());

        assertThat(read.entries()).isEqualTo(3);
        assertThat(read.matched()).isEqualTo(2);
        assertThat(read.batch().position()).isEqualTo(2005);
        Map<String, List<MatchReason>> reasons = read.batch().reasons();
        assertThat(reasons.get("https://social.example/users/alice/statuses/2003")).containsExactly(new MatchReason(Kind.KEYWORD, "espresso"));
        assertThat(reasons.get("https://social.example/users/alice/statuses/2004")).containsExactly(new MatchReason(Kind.HASHTAG, "plaza"));
        assertThat(read.batch().batch().activities()).extracting(IncomingActivity::uri)
                .doesNotContain("https://social.example/users/alice/statuses/2005");
    }

    @Test
    void scriptsAndMarkupInContentNeverReachTheTextAndTheContentWarningComesFirst() {
        ObjectNode hostile = Fixtures.status("2006", alice,
                "<p>espresso<script>alert('x')</script><img src=x onerror=alert(1)> <b>now</b></p><style>p{}</style>");
        hostile.put("spoiler_text", "coffee talk");

        IncomingActivity activity = activity(read(0, List.of(entry(hostile)), List.of()).batch(),
                "https://social.example/users/alice/statuses/2006");

        assertThat(activity.text()).isEqualTo("coffee talk\n\nespresso now");
    }

    @Test
    void aBoostOfTheBrandsPostIsARepostOfIt() {
        ObjectNode boost = Fixtures.status("2007", alice, "");
        boost.put("uri", "https://social.example/users/alice/statuses/2007/activity");
        boost.set("reblog", brandPost);

        StreamBatch batch = read(0, List.of(entry(boost)), List.of()).batch();

        IncomingActivity repost = activity(batch, "https://social.example/users/alice/statuses/2007/activity");
        assertThat(repost.kind()).isEqualTo(ActivityKind.REPOST);
        assertThat(repost.targetUri()).contains("https://brand.example/users/plaza/statuses/900");
        assertThat(batch.reasons().get(repost.uri())).containsExactly(new MatchReason(Kind.REPOSTS_BRAND, BRAND_ACTOR));
    }

    @Test
    void deletedStatusesThisSourceHeardBecomeDeletionsAndOthersArePassedOver() {
        ObjectNode keyword = Fixtures.status("2003", alice, "<p>espresso</p>");
        read(0, List.of(entry(keyword)), List.of());

        StreamBatch batch = read(2003, List.of(), List.of("2003", "9999")).batch();

        assertThat(batch.deleted()).containsExactly(new StreamBatch.Deletion("https://social.example/users/alice/statuses/2003",
                "https://social.example/users/alice", NOW));
        assertThat(batch.position()).as("a delivery without entries keeps the stored position").isEqualTo(2003);
    }

    @Test
    void anAccountFromBeforeMastodon42IsKnownByItsAddressLinkedByItsHint() {
        ObjectNode bob = Fixtures.account("3", "bob", "old.example");
        bob.remove("uri");
        ObjectNode post = Fixtures.status("2008", bob, "<p>espresso</p>");
        post.put("uri", "https://old.example/users/bob/statuses/2008");

        StreamBatch batch = read(0, List.of(entry(post)), List.of()).batch();

        assertThat(activity(batch, "https://old.example/users/bob/statuses/2008").author().stableId()).isEqualTo("acct:bob@old.example");
    }

    @Test
    void mentionedAccountsAreIdentitiesByAddressAndLocalOnesGetTheInstanceHost() {
        ObjectNode carol = Fixtures.localAccount("4", "carol", "https://brand.example");
        ObjectNode post = Fixtures.mentioning(Fixtures.mentioning(Fixtures.status("2009", alice, "<p>espresso with @carol and @plaza</p>"),
                carol), brandJson);

        StreamBatch batch = read(0, List.of(entry(post)), List.of()).batch();

        IncomingActivity activity = activity(batch, "https://social.example/users/alice/statuses/2009");
        assertThat(activity.mentions()).containsExactly(new IdentityKey(Platform.FEDIVERSE, "acct:carol@brand.example"),
                new IdentityKey(Platform.FEDIVERSE, BRAND_ACTOR));
        assertThat(batch.reasons().get(activity.uri())).containsExactly(new MatchReason(Kind.MENTIONS_BRAND, BRAND_ACTOR),
                new MatchReason(Kind.KEYWORD, "espresso"));
        assertThat(batch.batch().identities()).extracting(SeenIdentity::handle).contains("@carol@brand.example");
    }
}
