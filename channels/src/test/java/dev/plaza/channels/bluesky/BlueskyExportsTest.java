package dev.plaza.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.channels.bluesky.Exports.Expected;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real repository exports in shared/vectors/atproto-repos, read into one batch each. */
class BlueskyExportsTest {

    @ParameterizedTest
    @ValueSource(strings = {"paul_staging.repo.car", "fakermaker.repo.car", "greenground.repo.car", "divy.repo",
            "bafyreieovfuizojpw3zresz7sx3nk4trm2by23pt5rxbey3jme4uo5ogiu.car"})
    void everyPostReplyLikeRepostAndFollowBecomesAnActivityOfItsKind(String name) {
        Expected expected = Exports.expected(name);

        BlueskyExport export = BlueskyImport.read(Exports.file(name), Progress.NONE);

        assertThat(expected.activities()).isPositive();
        assertThat(byKind(export.batch().activities())).isEqualTo(expected.kinds());
        assertThat(export.skipped()).isEqualTo(expected.otherCollections());
        assertThat(export.unreadable()).isZero();
        assertThat(export.account().stableId()).isEqualTo(expected.did());
        assertThat(export.batch().activities()).allSatisfy(a -> {
            assertThat(a.author()).isEqualTo(export.account().key());
            assertThat(a.uri()).startsWith("at://" + expected.did() + "/app.bsky.");
        });
    }

    @Test
    void theRepositorysAccountIsTheBrandNamedByItsProfile() {
        BlueskyExport export = BlueskyImport.read(Exports.file("paul_staging.repo.car"), Progress.NONE);

        SeenIdentity brand = export.account();
        assertThat(brand.platform()).isEqualTo(Platform.BLUESKY);
        assertThat(brand.stableId()).isEqualTo("did:plc:cmpvykrzb2l22kj4ojlv3ox4");
        assertThat(brand.displayName()).isEqualTo("Paul");
        assertThat(brand.profileUrl()).contains("https://bsky.app/profile/did:plc:cmpvykrzb2l22kj4ojlv3ox4");
        assertThat(export.batch().identities()).contains(brand);
    }

    @Test
    void repliesNameTheirParentAndTheRootOfTheirThread() {
        Expected expected = Exports.expected("fakermaker.repo.car");

        BlueskyExport export = BlueskyImport.read(Exports.file("fakermaker.repo.car"), Progress.NONE);

        List<IncomingActivity> replies = ofKind(export, ActivityKind.REPLY);
        assertThat(replies).hasSize(expected.rootOfReply().size()).hasSizeGreaterThan(20);
        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.inReplyToUri()).isPresent();
            assertThat(reply.threadRootUri()).contains(expected.rootOfReply().get(reply.uri()));
        });
        IncomingActivity first = byPath(export, "app.bsky.feed.post/3juazqrx5zc2y");
        assertThat(first.inReplyToUri()).contains("at://did:plc:iwoppwwsa6kj27rx56j5hcow/app.bsky.feed.post/3juazqmvdce2y");
        assertThat(first.text()).isEqualTo("That harvest first each but eat to anyone that for.");
        assertThat(first.url()).contains("https://bsky.app/profile/did:plc:dpg45vsnuir2vqqqadsn6afg/post/3juazqrx5zc2y");
    }

    @Test
    void likesAndRepostsTargetTheirSubjectAndFollowsTheFollowedAccount() {
        BlueskyExport export = BlueskyImport.read(Exports.file("greenground.repo.car"), Progress.NONE);

        assertThat(ofKind(export, ActivityKind.FOLLOW)).extracting(a -> a.targetUri().orElseThrow())
                .containsExactly("did:plc:6fktaamhhxdqb2ypum33kbkj", "did:plc:cz73r7iyiqn26upot4jtjdhk");
        assertThat(ofKind(export, ActivityKind.FOLLOW)).allSatisfy(follow -> assertThat(follow.mentions())
                .singleElement().satisfies(key -> assertThat(key.stableId()).isEqualTo(follow.targetUri().orElseThrow())));
        assertThat(export.batch().identities()).extracting(SeenIdentity::stableId).containsExactlyInAnyOrder(
                "did:plc:kzcqyc3unb33eh5sxzsfs25z", "did:plc:6fktaamhhxdqb2ypum33kbkj", "did:plc:cz73r7iyiqn26upot4jtjdhk");

        BlueskyExport paul = BlueskyImport.read(Exports.file("paul_staging.repo.car"), Progress.NONE);
        IncomingActivity like = byPath(paul, "app.bsky.feed.like/3jhdfiifhlk2k");
        assertThat(like.targetUri()).contains("at://did:plc:52h2g25cka2totzv3ooc364t/app.bsky.feed.post/3jhdcbzpdpc2k");
        assertThat(like.at()).isEqualTo("2022-11-12T19:17:52.810Z");
        assertThat(ofKind(paul, ActivityKind.REPOST)).allSatisfy(repost -> assertThat(repost.targetUri().orElseThrow())
                .matches("at://did:plc:[a-z2-7]{24}/app\\.bsky\\.feed\\.post/\\w+"));
    }

    @Test
    void followsFromBeforeTheSubjectWasADidAndTheirOtherRecordsAreRead() {
        BlueskyExport export = BlueskyImport.read(Exports.file("divy.repo"), Progress.NONE);

        assertThat(ofKind(export, ActivityKind.FOLLOW)).hasSize(5)
                .anySatisfy(f -> assertThat(f.targetUri()).contains("did:plc:bapnorbjvs43bojtwki62mpd"));
        assertThat(export.skipped()).containsExactly(Map.entry("app.bsky.system.declaration", 1));
    }

    @Test
    void aMentionKeepsTheHandleItsTextShows() {
        BlueskyExport export = BlueskyImport.read(Exports.file("fakermaker.repo.car"), Progress.NONE);

        IncomingActivity post = byPath(export, "app.bsky.feed.post/3juazpfjjrz2y");
        assertThat(post.mentions()).singleElement().satisfies(key -> assertThat(key.stableId())
                .isEqualTo("did:plc:thgyivujjqdjoamze3qhcosu"));
        assertThat(export.batch().identities()).filteredOn(i -> i.stableId().equals("did:plc:thgyivujjqdjoamze3qhcosu"))
                .singleElement().satisfies(i -> assertThat(i.handle()).isEqualTo("russel9324-4.test"));
    }

    @Test
    void quotesTargetTheQuotedRecordAndImagesAreCounted() {
        BlueskyExport export = BlueskyImport.read(Exports.file("paul_staging.repo.car"), Progress.NONE);

        List<IncomingActivity> quotes = export.batch().activities().stream()
                .filter(a -> a.kind() != ActivityKind.LIKE && a.kind() != ActivityKind.REPOST && a.kind() != ActivityKind.FOLLOW)
                .filter(a -> a.targetUri().isPresent()).toList();
        assertThat(quotes).hasSize(6).allSatisfy(q -> assertThat(q.targetUri().orElseThrow()).startsWith("at://did:plc:"));
        assertThat(byPath(export, "app.bsky.feed.post/3jpyeaebszs2w").targetUri())
                .contains("at://did:plc:cmpvykrzb2l22kj4ojlv3ox4/app.bsky.feed.post/3jpye7s2h2s22");
        assertThat(byPath(export, "app.bsky.feed.post/3jsavf5f6ss2k").targetUri()).isPresent();
        assertThat(export.mediaAttachments()).isEqualTo(70);
    }

    private static Map<ActivityKind, Integer> byKind(List<IncomingActivity> activities) {
        Map<ActivityKind, Integer> kinds = new EnumMap<>(ActivityKind.class);
        activities.forEach(a -> kinds.merge(a.kind(), 1, Integer::sum));
        return kinds;
    }

    private static List<IncomingActivity> ofKind(BlueskyExport export, ActivityKind kind) {
        return new ArrayList<>(export.batch().activities().stream().filter(a -> a.kind() == kind).toList());
    }

    /** The activity of the record at {@code path} ("collection/rkey") of the export's repository. */
    static IncomingActivity byPath(BlueskyExport export, String path) {
        String uri = "at://" + export.account().stableId() + "/" + path;
        return export.batch().activities().stream().filter(a -> a.uri().equals(uri)).findFirst().orElseThrow();
    }
}
