package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.post;
import static dev.plaza.store.testing.Batches.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.activity.Conversation;
import dev.plaza.core.activity.ConversationFilter;
import dev.plaza.core.activity.ConversationStatus;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.MatchReason;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.ingest.StreamBatch;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InboxFilterTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private static final SeenIdentity ALICE = account("alice", "social.example");
    private static final SeenIdentity CARLA = account("carla", "other.example");
    private static final SeenIdentity BRAND = account("brand", "plaza.example");

    @Test
    void unansweredQuestionsAreOpenThreadsWithAQuestionInAnyScriptThatTheBrandHasNotRepliedToSince() {
        long w = db.newWorkspace().id();
        db.store().channels().add(w, Platform.FEDIVERSE, "@brand@plaza.example", ChannelKind.OWNED, Optional.empty());
        ingest(w, Optional.empty(),
                post(uri("answered"), ALICE, at(0), "answered: is the café open on Sunday?"),
                reply(uri("answered/1"), BRAND, at(1), "Yes, from 10 to 4.", uri("answered")),
                post(uri("fullwidth"), ALICE, at(2), "fullwidth: launch day"),
                reply(uri("fullwidth/1"), CARLA, at(3), "どこで買えますか？", uri("fullwidth")),
                post(uri("arabic"), ALICE, at(4), "arabic: new hours"),
                reply(uri("arabic/1"), CARLA, at(5), "متى تفتحون؟", uri("arabic")),
                post(uri("greek"), ALICE, at(6), "greek: news"),
                reply(uri("greek/1"), CARLA, at(7), "Τι ώρα ανοίγετε\u037E", uri("greek")),
                post(uri("greek-semicolon"), ALICE, at(8), "greek-semicolon: news"),
                reply(uri("greek-semicolon/1"), CARLA, at(9), "Τι ώρα ανοίγετε;", uri("greek-semicolon")),
                post(uri("semicolon"), ALICE, at(10), "semicolon: first; second"),
                reply(uri("semicolon/1"), CARLA, at(11), "agreed; thanks", uri("semicolon")),
                post(uri("link"), ALICE, at(12), "link: read https://news.example/story?page=2"),
                reply(uri("link/1"), CARLA, at(13), "thanks", uri("link")),
                post(uri("asked-again"), ALICE, at(14), "asked-again: open on Sunday?"),
                reply(uri("asked-again/1"), BRAND, at(15), "Yes.", uri("asked-again")),
                reply(uri("asked-again/2"), ALICE, at(16), "and on Monday?", uri("asked-again/1")),
                post(uri("ignored"), ALICE, at(17), "ignored: anyone there?"),
                reply(uri("ignored/1"), CARLA, at(18), "+1", uri("ignored")),
                post(uri("brand-asks"), BRAND, at(19), "brand-asks: what should we repair next?"),
                reply(uri("brand-asks/1"), CARLA, at(20), "bikes", uri("brand-asks")));
        db.store().conversations().setStatus(w, id(w, "ignored"), ConversationStatus.IGNORED);

        assertThat(subjects(w, ConversationFilter.ALL.withUnansweredQuestions(true)))
                .containsExactly("asked-again", "greek-semicolon", "greek", "arabic", "fullwidth");
        assertThat(subjects(w, ConversationFilter.ALL.withUnansweredQuestions(true).withPlatform(Optional.of(Platform.BLUESKY))))
                .isEmpty();
    }

    @Test
    void theBrandsBlueskyAccountAnswersToo() {
        long w = db.newWorkspace().id();
        SeenIdentity brand = SeenIdentity.of(Platform.BLUESKY, "did:plc:brand", "brand.example", "Brand", Optional.empty());
        SeenIdentity bob = SeenIdentity.of(Platform.BLUESKY, "did:plc:bob", "bob.example", "Bob", Optional.empty());
        db.store().channels().add(w, Platform.BLUESKY, "did:plc:brand", ChannelKind.OWNED, Optional.empty());
        db.store().ingest().ingest(w, new IngestBatch(List.of(brand, bob), List.of(
                bluesky("at://did:plc:bob/app.bsky.feed.post/1", bob, at(0), "sky: when?", Optional.empty()),
                bluesky("at://did:plc:brand/app.bsky.feed.post/2", brand, at(1), "Tomorrow.",
                        Optional.of("at://did:plc:bob/app.bsky.feed.post/1"))), Optional.empty()), Progress.NONE);

        assertThat(subjects(w, ConversationFilter.ALL.withUnansweredQuestions(true))).isEmpty();
        assertThat(subjects(w, ConversationFilter.ALL)).containsExactly("sky: when?");
    }

    @Test
    void communityChannelLanguageAndReasonFiltersCombineWithTheOthersAndWithPaging() {
        long w = db.newWorkspace().id();
        long listening = db.store().channels().add(w, Platform.FEDIVERSE, "#repair", ChannelKind.LISTENING, Optional.empty()).id();
        ingest(w, Optional.of(listening),
                post(uri("heard"), ALICE, at(0), "heard: repair café"),
                reply(uri("heard/1"), CARLA, at(1), "nice", uri("heard")));
        ingest(w, Optional.empty(),
                post(uri("local"), CARLA, at(2), "local: hello"),
                reply(uri("local/1"), ALICE, at(3), "hi", uri("local")),
                withLanguage(post(uri("portuguese"), CARLA, at(4), "portuguese: olá"), "pt-BR"),
                reply(uri("portuguese/1"), ALICE, at(5), "oi", uri("portuguese")),
                withLanguage(post(uri("portugal"), CARLA, at(6), "portugal: olá"), "pt"),
                reply(uri("portugal/1"), ALICE, at(7), "oi", uri("portugal")));
        IncomingActivity keyword = post(uri("keyword"), CARLA, at(8), "keyword: fixing bikes");
        db.store().streams().ingest(w, new StreamBatch("test-stream", 1, new IngestBatch(List.of(CARLA, ALICE), List.of(keyword,
                reply(uri("keyword/1"), ALICE, at(9), "yes", uri("keyword"))), Optional.empty()), List.of(), List.of(),
                Map.of(keyword.uri(), List.of(new MatchReason(MatchReason.Kind.KEYWORD, "bikes")))));
        long otherExample = db.store().conversations().thread(w, id(w, "local")).getFirst().communityId().orElseThrow();

        assertThat(subjects(w, ConversationFilter.ALL.withChannel(Optional.of(listening)))).containsExactly("heard");
        assertThat(subjects(w, ConversationFilter.ALL.withCommunity(Optional.of(otherExample))))
                .as("every conversation with an activity on other.example")
                .containsExactly("keyword", "portugal", "portuguese", "local", "heard");
        assertThat(subjects(w, ConversationFilter.ALL.withLanguage(Optional.of("pt")))).containsExactly("portugal", "portuguese");
        assertThat(subjects(w, ConversationFilter.ALL.withLanguage(Optional.of("PT-br")))).containsExactly("portuguese");
        assertThat(subjects(w, ConversationFilter.ALL.withReason(Optional.of(MatchReason.Kind.KEYWORD)))).containsExactly("keyword");
        assertThat(subjects(w, ConversationFilter.ALL.withReason(Optional.of(MatchReason.Kind.MENTIONS_BRAND)))).isEmpty();
        assertThat(subjects(w, ConversationFilter.ALL.withLanguage(Optional.of("pt")).withStatus(Optional.of(ConversationStatus.OPEN))
                .withCommunity(Optional.of(otherExample)))).containsExactly("portugal", "portuguese");

        ConversationFilter community = ConversationFilter.ALL.withCommunity(Optional.of(otherExample));
        Page<Conversation> first = db.store().conversations().list(w, community, PageRequest.first(3));
        Page<Conversation> second = db.store().conversations().list(w, community, new PageRequest(first.nextCursor(), 3));
        assertThat(first.items()).extracting(Conversation::subject)
                .containsExactly("keyword: fixing bikes", "portugal: olá", "portuguese: olá");
        assertThat(second.items()).extracting(Conversation::subject).containsExactly("local: hello", "heard: repair café");
        assertThat(second.nextCursor()).isEmpty();
    }

    @Test
    void aLanguageFilterIsALanguageTag() {
        assertThatThrownBy(() -> ConversationFilter.ALL.withLanguage(Optional.of("en' OR 1=1")))
                .hasMessageContaining("not a language tag");
    }

    private static void ingest(long w, Optional<Long> channel, IncomingActivity... activities) {
        db.store().ingest().ingest(w, new IngestBatch(List.of(ALICE, CARLA, BRAND), List.of(activities), channel), Progress.NONE);
    }

    private static IncomingActivity bluesky(String uri, SeenIdentity author, Instant at, String text, Optional<String> parent) {
        return new IncomingActivity(uri, parent.isPresent() ? ActivityKind.REPLY : ActivityKind.POST, author.key(), at, text,
                Optional.of("en"), parent, Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    private static IncomingActivity withLanguage(IncomingActivity a, String language) {
        return new IncomingActivity(a.uri(), a.kind(), a.author(), a.at(), a.text(), Optional.of(language), a.inReplyToUri(),
                a.targetUri(), a.url(), a.mentions(), a.community(), a.threadRootUri());
    }

    private static String uri(String path) {
        return "https://social.example/p/" + path;
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private static long id(long w, String subjectStart) {
        return db.store().conversations().list(w, ConversationFilter.ALL, PageRequest.first(50)).items().stream()
                .filter(c -> c.subject().startsWith(subjectStart + ":")).findFirst().orElseThrow().id();
    }

    private static List<String> subjects(long w, ConversationFilter filter) {
        return db.store().conversations().list(w, filter, PageRequest.first(50)).items().stream()
                .map(c -> c.subject().contains(":") && !c.subject().startsWith("sky") ? c.subject().substring(0, c.subject().indexOf(':'))
                        : c.subject()).toList();
    }
}
