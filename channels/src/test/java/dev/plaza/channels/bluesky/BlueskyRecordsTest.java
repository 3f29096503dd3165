package dev.plaza.channels.bluesky;

import static dev.plaza.channels.bluesky.BlueskyExportsTest.byPath;
import static dev.plaza.channels.bluesky.TestRepository.repository;
import static dev.plaza.channels.bluesky.TestRepository.uri;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.syntax.Tid;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.IngestResult;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records of the shapes today's Bluesky clients write, in small repositories made for each case. */
class BlueskyRecordsTest {

    private static final String ALICE = "did:plc:alicealicealicealicealic";
    private static final String BOB = "did:plc:bobbobbobbobbobbobbobbob";

    @TempDir
    Path dir;

    @Test
    void aMentionAfterAnEmojiIsFoundByItsUtf8BytesWithTheHandleItShows() {
        // "🚲" is 4 bytes of UTF-8, " ride with " 11 more: the mention spans bytes 15 to 26
        BlueskyExport export = read(repository().record("app.bsky.feed.post/3l3qo2vutsa2b", """
                {"$type": "app.bsky.feed.post", "text": "🚲 ride with @Alice.test today #bikes",
                 "createdAt": "2024-09-10T08:00:00.000Z",
                 "facets": [
                   {"index": {"byteStart": 15, "byteEnd": 26},
                    "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "%s"}]},
                   {"index": {"byteStart": 33, "byteEnd": 39},
                    "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "bikes"}]}]}""".formatted(ALICE)));

        IncomingActivity post = byPath(export, "app.bsky.feed.post/3l3qo2vutsa2b");
        assertThat(post.text()).isEqualTo("🚲 ride with @Alice.test today #bikes");
        assertThat(post.mentions()).singleElement().satisfies(key -> assertThat(key.stableId()).isEqualTo(ALICE));
        assertThat(identity(export, ALICE).handle()).isEqualTo("alice.test");
    }

    @Test
    void theBrandTakesItsNameFromItsProfileAndItsHandleFromAMentionOfItself() {
        BlueskyExport export = read(repository()
                .record("app.bsky.actor.profile/self", """
                        {"$type": "app.bsky.actor.profile", "displayName": " Fernhill Bikes ", "description": "City bikes"}""")
                .record("app.bsky.feed.post/3l3qo2vutsa2b", """
                        {"$type": "app.bsky.feed.post", "text": "follow @fernhill.example for rides",
                         "createdAt": "2024-09-10T08:00:00Z",
                         "facets": [{"index": {"byteStart": 7, "byteEnd": 24},
                           "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "%s"}]}]}"""
                        .formatted(TestRepository.DID)));

        assertThat(export.account().stableId()).isEqualTo(TestRepository.DID);
        assertThat(export.account().handle()).isEqualTo("fernhill.example");
        assertThat(export.account().displayName()).isEqualTo("Fernhill Bikes");
        assertThat(export.batch().identities()).singleElement().isEqualTo(export.account());
    }

    @Test
    void aLinkTheTextShowsShortenedIsWrittenOutInFull() {
        BlueskyExport export = read(repository().record("app.bsky.feed.post/3l3qo2vutsa2b", """
                {"$type": "app.bsky.feed.post", "text": "read plaza.example/blog/our-new-… tonight",
                 "createdAt": "2024-09-10T08:00:00Z",
                 "facets": [{"index": {"byteStart": 5, "byteEnd": 35},
                   "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://plaza.example/blog/our-new-space"}]}]}"""));

        assertThat(byPath(export, "app.bsky.feed.post/3l3qo2vutsa2b").text())
                .isEqualTo("read https://plaza.example/blog/our-new-space tonight");
    }

    @Test
    void aFacetOutsideTheTextKeepsItsMentionButChangesNoText() {
        BlueskyExport export = read(repository().record("app.bsky.feed.post/3l3qo2vutsa2b", """
                {"$type": "app.bsky.feed.post", "text": "thanks!", "createdAt": "2024-09-10T08:00:00Z",
                 "facets": [{"index": {"byteStart": 40, "byteEnd": 52},
                   "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "%s"},
                                {"$type": "app.bsky.richtext.facet#link", "uri": "https://elsewhere.example/"}]}]}"""
                .formatted(BOB)));

        IncomingActivity post = byPath(export, "app.bsky.feed.post/3l3qo2vutsa2b");
        assertThat(post.text()).isEqualTo("thanks!");
        assertThat(post.mentions()).singleElement().satisfies(key -> assertThat(key.stableId()).isEqualTo(BOB));
        assertThat(identity(export, BOB).handle()).isEqualTo(BOB);
    }

    @Test
    void aPostKeepsItsFirstLanguageAndWithoutCreatedAtTakesTheTimeInItsKey() {
        BlueskyExport export = read(repository().record("app.bsky.feed.post/3l3qo2vutsw2b", """
                {"$type": "app.bsky.feed.post", "text": "Bom dia!", "langs": ["pt-BR", "en"]}"""));

        IncomingActivity post = byPath(export, "app.bsky.feed.post/3l3qo2vutsw2b");
        assertThat(post.language()).contains("pt-BR");
        assertThat(post.at()).isEqualTo(Tid.parse("3l3qo2vutsw2b").instant());
    }

    @Test
    void aQuoteWithImagesTargetsTheQuotedPostAndCountsItsImages() {
        String quoted = "at://" + ALICE + "/app.bsky.feed.post/3l3qnzzzzza2b";
        BlueskyExport export = read(repository().record("app.bsky.feed.post/3l3qo2vutsa2b", """
                {"$type": "app.bsky.feed.post", "text": "this!", "createdAt": "2024-09-10T08:00:00Z",
                 "embed": {"$type": "app.bsky.embed.recordWithMedia",
                   "record": {"$type": "app.bsky.embed.record",
                              "record": {"uri": "%s", "cid": "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"}},
                   "media": {"$type": "app.bsky.embed.images", "images": [
                     {"alt": "the ride", "image": {"$type": "blob", "ref": {"$link": "bafkreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"},
                      "mimeType": "image/jpeg", "size": 1000}},
                     {"alt": "the bikes", "image": {"$type": "blob", "ref": {"$link": "bafkreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"},
                      "mimeType": "image/jpeg", "size": 1000}}]}}}""".formatted(quoted)));

        IncomingActivity post = byPath(export, "app.bsky.feed.post/3l3qo2vutsa2b");
        assertThat(post.kind()).isEqualTo(ActivityKind.POST);
        assertThat(post.targetUri()).contains(quoted);
        assertThat(export.mediaAttachments()).isEqualTo(2);
    }

    @Test
    void recordsOfOtherKindsAreCountedAndNamedInTheSummary() {
        BlueskyExport export = read(repository()
                .post("3l3qo2vutsa2b", "hello", "2024-09-10T08:00:00Z")
                .record("app.bsky.graph.block/3l3qo2vutsb2b", """
                        {"$type": "app.bsky.graph.block", "subject": "%s", "createdAt": "2024-09-10T08:00:00Z"}""".formatted(BOB))
                .record("app.bsky.graph.block/3l3qo2vutsc2b", """
                        {"$type": "app.bsky.graph.block", "subject": "%s", "createdAt": "2024-09-10T08:00:00Z"}""".formatted(ALICE))
                .record("app.bsky.graph.list/3l3qo2vutsd2b", """
                        {"$type": "app.bsky.graph.list", "name": "Riders", "purpose": "app.bsky.graph.defs#curatelist",
                         "createdAt": "2024-09-10T08:00:00Z"}"""));

        assertThat(export.batch().activities()).hasSize(1);
        assertThat(export.records()).isEqualTo(4);
        assertThat(export.skipped()).containsExactly(Map.entry("app.bsky.graph.block", 2), Map.entry("app.bsky.graph.list", 1));
        assertThat(export.summary(new IngestResult(1, 1, 1, 0))).isEqualTo("imported 1 activities, 1 people, 0 conversations; "
                + "skipped 3 records of other kinds (app.bsky.graph.block, app.bsky.graph.list)");
    }

    @Test
    void recordsThatLackWhatTheyNeedAreCountedWhileTheRestIsRead() {
        BlueskyExport export = read(repository()
                .post("3l3qo2vutsa2b", "hello", "2024-09-10T08:00:00Z")
                .record("app.bsky.feed.like/3l3qo2vutsb2b", """
                        {"$type": "app.bsky.feed.like", "createdAt": "2024-09-10T08:00:00Z"}""")
                .record("app.bsky.feed.repost/3l3qo2vutsc2b", """
                        {"$type": "app.bsky.feed.repost", "subject": {"uri": "https://not.at.uri/", "cid": "x"},
                         "createdAt": "2024-09-10T08:00:00Z"}""")
                .record("app.bsky.graph.follow/3l3qo2vutsd2b", """
                        {"$type": "app.bsky.feed.like", "subject": "%s", "createdAt": "2024-09-10T08:00:00Z"}""".formatted(BOB))
                .follow("3l3qo2vutse2b", "not-a-did", "2024-09-10T08:00:00Z"));

        assertThat(export.batch().activities()).extracting(IncomingActivity::uri)
                .containsExactly(uri("app.bsky.feed.post", "3l3qo2vutsa2b"));
        assertThat(export.unreadable()).isEqualTo(4);
        assertThat(export.summary(new IngestResult(1, 1, 1, 0))).endsWith("; 4 records could not be read");
    }

    @Test
    void aReplyNamesItsParentAndItsThreadsRoot() {
        String root = "at://" + ALICE + "/app.bsky.feed.post/3l3qnzzzzza2b";
        String parent = "at://" + BOB + "/app.bsky.feed.post/3l3qnzzzzzb2b";
        BlueskyExport export = read(repository().reply("3l3qo2vutsa2b", "agreed", "2024-09-10T08:00:00Z", parent, root));

        IncomingActivity reply = byPath(export, "app.bsky.feed.post/3l3qo2vutsa2b");
        assertThat(reply.kind()).isEqualTo(ActivityKind.REPLY);
        assertThat(reply.inReplyToUri()).contains(parent);
        assertThat(reply.threadRootUri()).contains(root);
    }

    private BlueskyExport read(TestRepository repository) {
        return BlueskyImport.read(repository.write(dir.resolve("repo.car")), Progress.NONE);
    }

    private static SeenIdentity identity(BlueskyExport export, String did) {
        return export.batch().identities().stream().filter(i -> i.stableId().equals(did)).findFirst().orElseThrow();
    }
}
