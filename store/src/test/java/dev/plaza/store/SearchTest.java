package dev.plaza.store;

import static dev.plaza.store.testing.Batches.account;
import static dev.plaza.store.testing.Batches.instance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestBatch;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import dev.plaza.core.paging.Page;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.core.search.ActivityHit;
import dev.plaza.core.search.SearchFilter;
import dev.plaza.core.search.SearchQuery;
import dev.plaza.core.search.Snippet;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SearchTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    private final SeenIdentity ana = account("ana", "social.example");
    private final SeenIdentity ben = account("ben", "other.example");
    private final AtomicInteger posts = new AtomicInteger();

    @Test
    void everyWordMustMatch() {
        long w = workspaceWith(post(ana, "the garden needs water", "en"), post(ana, "the garden is green", "en"));

        assertThat(texts(w, "garden water")).containsExactly("the garden needs water");
    }

    @Test
    void aQuotedPhraseMatchesItsWordsInOrder() {
        long w = workspaceWith(post(ana, "release notes are out", null), post(ana, "notes on the release", null));

        assertThat(texts(w, "\"release notes\"")).containsExactly("release notes are out");
    }

    @Test
    void aMinusExcludesAWord() {
        long w = workspaceWith(post(ana, "bread with butter", null), post(ana, "bread with jam", null));

        assertThat(texts(w, "bread -jam")).containsExactly("bread with butter");
    }

    @Test
    void aHashtagMatchesOnlyWhereItIsWrittenAsOne() {
        long w = workspaceWith(post(ana, "loving #rust today", null), post(ana, "rust on my bike", null));

        assertThat(texts(w, "#rust")).containsExactly("loving #rust today");
        assertThat(texts(w, "rust -#rust")).containsExactly("rust on my bike");
    }

    @Test
    void aHandleFindsPostsMentioningItAndPostsItsOwnerWrote() {
        long w = workspaceWith(post(ana, "thanks @ben@other.example for the fix", null),
                post(ben, "my first post", null), post(ana, "unrelated", null));

        assertThat(texts(w, "@ben")).containsExactlyInAnyOrder("thanks @ben@other.example for the fix", "my first post");
        assertThat(texts(w, "post -@ben")).isEmpty();
        assertThat(texts(w, "unrelated -@ben")).containsExactly("unrelated");
    }

    @Test
    void aSearchFindsTheSameWhetherItReadsTheIndexesOrWalksTheNewestActivities() {
        long w = workspaceWith(post(ana, "thanks @ben@other.example for the garden", "en"),
                post(ben, "my garden in spring", "en"), post(ana, "the gardens of #plaza", "en"),
                post(ana, "nothing to see", null));
        Jdbi jdbi = Jdbi.create(db.jdbcUrl()).installPlugin(new PostgresPlugin());
        PgSearch walking = new PgSearch(jdbi, 1);
        PgSearch fromIndexes = new PgSearch(jdbi, Integer.MAX_VALUE);

        for (String query : List.of("garden", "@ben", "garden -@ben", "#plaza", "zzznothing", "garden -spring")) {
            assertThat(texts(walking, w, query)).as(query).containsExactlyElementsOf(texts(fromIndexes, w, query))
                    .containsExactlyElementsOf(texts(w, query));
        }
        assertThat(texts(w, "garden")).hasSize(3);
        assertThat(texts(w, "@ben")).hasSize(2);
    }

    @Test
    void anEnglishPostIsFoundByAnotherFormOfItsWords() {
        long w = workspaceWith(post(ana, "Please repair the gate", "en"));

        assertThat(texts(w, "repairing")).containsExactly("Please repair the gate");
    }

    @Test
    void japaneseAndChineseWordsAreFoundInsideSentences() {
        long w = workspaceWith(post(ana, "私は東京に住んでいます", "ja"), post(ana, "我们明天去北京开会", "zh"));

        assertThat(texts(w, "東京")).containsExactly("私は東京に住んでいます");
        assertThat(texts(w, "北京")).containsExactly("我们明天去北京开会");
        assertThat(texts(w, "京都")).isEmpty();
    }

    @Test
    void cyrillicAndGreekMatchInAnyCase() {
        long w = workspaceWith(post(ana, "МОСКВА встречает гостей", "ru"), post(ana, "Καλημέρα ΑΘΗΝΑ", "el"));

        assertThat(texts(w, "москва")).containsExactly("МОСКВА встречает гостей");
        assertThat(texts(w, "αθηνα")).containsExactly("Καλημέρα ΑΘΗΝΑ");
    }

    @Test
    void accentsDoNotMatter() {
        long w = workspaceWith(post(ana, "Un CAFÉ crème, s'il vous plaît", "fr"));

        assertThat(texts(w, "cafe creme")).hasSize(1);
        assertThat(texts(w, "café")).hasSize(1);
    }

    @Test
    void postsThatSayItMoreOftenRankFirst() {
        long w = workspaceWith(post(ana, "tea", null), post(ana, "tea and more tea, always tea", null),
                post(ana, "tea or tea", null));

        assertThat(texts(w, "tea")).containsExactly("tea and more tea, always tea", "tea or tea", "tea");
    }

    @Test
    void snippetsMarkMatchesAndKeepMarkupAsText() {
        long w = workspaceWith(post(ana, "beware <script>alert(1)</script> of the \u0001sneaky\u0002 marks", null));

        Snippet snippet = search(w, "beware", SearchFilter.ALL, PageRequest.first(10)).items().get(0).snippet();

        assertThat(snippet.fragments()).contains(new Snippet.Fragment("beware", true));
        assertThat(snippet.plainText()).contains("<script>alert(1)</script>").contains("sneaky").doesNotContain("\u0001");
        assertThat(snippet.fragments().stream().filter(Snippet.Fragment::match)).hasSize(1);
    }

    @Test
    void filtersCombineWithTheSearch() {
        long w = workspaceWith(post(ana, "meetup in town", "en"), post(ana, "meetup in der Stadt", "de"),
                post(ben, "meetup later", "en"));
        long anaPerson = db.store().people().identitiesOf(w, personOf(w, "@ana@social.example")).get(0).personId();

        SearchFilter german = new SearchFilter(ActivityFilter.ALL, Optional.empty(), Optional.empty(),
                Optional.of("de"), Optional.empty(), Optional.empty());
        SearchFilter anaInEnglish = new SearchFilter(ActivityFilter.ofPerson(anaPerson), Optional.empty(),
                Optional.empty(), Optional.of("en"), Optional.of(T0), Optional.of(T0.plusSeconds(3600)));
        SearchFilter onBluesky = SearchFilter.ALL.withActivity(
                new ActivityFilter(Optional.empty(), Optional.of(Platform.BLUESKY), Optional.empty(), Optional.empty()));

        assertThat(texts(w, "meetup", german)).containsExactly("meetup in der Stadt");
        assertThat(texts(w, "meetup", anaInEnglish)).containsExactly("meetup in town");
        assertThat(texts(w, "meetup", onBluesky)).isEmpty();
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        List<IncomingActivity> many = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            many.add(post(ana, "same words number " + i, null));
        }
        long w = workspaceWith(many.toArray(IncomingActivity[]::new));

        List<String> seen = new ArrayList<>();
        Page<ActivityHit> page = search(w, "same words", SearchFilter.ALL, PageRequest.first(3));
        seen.addAll(page.items().stream().map(h -> h.activity().text()).toList());
        while (page.nextCursor().isPresent()) {
            page = search(w, "same words", SearchFilter.ALL, PageRequest.after(page.nextCursor().get(), 3));
            seen.addAll(page.items().stream().map(h -> h.activity().text()).toList());
        }

        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void aWorkspaceNeverSeesAnotherWorkspacesActivities() {
        long mine = workspaceWith(post(ana, "private matter", null));
        long theirs = workspaceWith(post(ana, "other matter", null));

        assertThat(texts(mine, "matter")).containsExactly("private matter");
        assertThat(texts(theirs, "matter")).containsExactly("other matter");
    }

    @Test
    void hostileInputFindsNothingOrSaysWhatIsWrong() {
        long w = workspaceWith(post(ana, "an ordinary post", null));
        List<String> hostile = List.of("'", "\"", "\\", "&|!():*", "a & b | c", "'; DROP TABLE activity; --",
                "post:*", "!post", "(post", "\"unclosed phrase", "-", "--post", "@", "#", "@'x", "#\\\\", "<->",
                "post <-> ordinary", "\u0000", "post\u0000ordinary", "-@ana", "-#x");

        for (String input : hostile) {
            try {
                search(w, input, SearchFilter.ALL, PageRequest.first(10));
            } catch (IllegalArgumentException clear) {
                assertThat(clear.getMessage()).as(input).contains("search");
            }
        }
        assertThat(texts(w, "post:* ordinary!")).containsExactly("an ordinary post");
    }

    @Test
    void aSearchWithNothingToFindSaysSo() {
        long w = db.newWorkspace().id();

        assertThatThrownBy(() -> search(w, "-spam", SearchFilter.ALL, PageRequest.first(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one word");
    }

    @Test
    void peopleAreFoundByNameHandleAndStableId() {
        SeenIdentity zoe = SeenIdentity.of(Platform.FEDIVERSE, "https://zoe.example/users/zk", "@zk@zoe.example",
                "Зоя Козлова", Optional.empty());
        long w = db.newWorkspace().id();
        db.store().ingest().ingest(w, new IngestBatch(List.of(ana, ben, zoe), List.of(post(zoe, "привет", "ru")),
                Optional.empty()), Progress.NONE);

        assertThat(people(w, "КОЗЛОВА")).containsExactly("Зоя Козлова");
        assertThat(people(w, "zk@zoe")).containsExactly("Зоя Козлова");
        assertThat(people(w, "zoe.example/users")).containsExactly("Зоя Козлова");
        assertThat(people(w, "ana")).containsExactly("Ana");
    }

    private List<String> people(long w, String text) {
        return db.store().search().people(w, text, PageRequest.first(10)).items().stream()
                .map(h -> h.person().displayName()).toList();
    }

    private long personOf(long w, String handle) {
        return db.store().people().identities(w, PageRequest.first(50)).items().stream()
                .filter(i -> i.handle().equals(handle)).findFirst().orElseThrow().personId();
    }

    private static List<String> texts(PgSearch search, long w, String query) {
        return search.activities(w, SearchQuery.parse(query), SearchFilter.ALL, PageRequest.first(50)).items().stream()
                .map(h -> h.activity().text()).toList();
    }

    private List<String> texts(long w, String query) {
        return texts(w, query, SearchFilter.ALL);
    }

    private List<String> texts(long w, String query, SearchFilter filter) {
        return search(w, query, filter, PageRequest.first(50)).items().stream().map(h -> h.activity().text()).toList();
    }

    private Page<ActivityHit> search(long w, String query, SearchFilter filter, PageRequest page) {
        return db.store().search().activities(w, SearchQuery.parse(query), filter, page);
    }

    private long workspaceWith(IncomingActivity... activities) {
        long w = db.newWorkspace().id();
        db.store().ingest().ingest(w, new IngestBatch(List.of(ana, ben), List.of(activities), Optional.empty()),
                Progress.NONE);
        return w;
    }

    private IncomingActivity post(SeenIdentity author, String text, String language) {
        int n = posts.incrementAndGet();
        String uri = "https://social.example/p/" + n;
        return new IncomingActivity(uri, ActivityKind.POST, author.key(), T0.plusSeconds(n), text,
                Optional.ofNullable(language), Optional.empty(), Optional.empty(), Optional.of(uri), List.of(),
                Optional.of(instance(author)));
    }
}
