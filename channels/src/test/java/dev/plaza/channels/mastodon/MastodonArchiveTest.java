package dev.plaza.channels.mastodon;

import static dev.plaza.channels.mastodon.TestArchive.ACTOR;
import static dev.plaza.channels.mastodon.TestArchive.archive;
import static dev.plaza.channels.mastodon.TestArchive.hashtag;
import static dev.plaza.channels.mastodon.TestArchive.mention;
import static dev.plaza.channels.mastodon.TestArchive.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.CommunityRef;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MastodonArchiveTest {

    static final String ALICE = "https://social.example/users/alice";
    static final String ALICE_POST = ALICE + "/statuses/9001";
    static final IdentityKey BRAND = new IdentityKey(Platform.FEDIVERSE, ACTOR);

    @TempDir
    Path dir;

    @Test
    void theArchivesOwnerBecomesTheBrandIdentity() {
        MastodonArchive read = MastodonImport.read(archive().write(dir.resolve("a.zip")), Progress.NONE);

        SeenIdentity brand = read.batch().identities().getFirst();
        assertThat(brand.stableId()).isEqualTo(ACTOR);
        assertThat(brand.handle()).isEqualTo("@plaza@brand.example");
        assertThat(brand.displayName()).isEqualTo("Plaza Example Brand");
        assertThat(brand.profileUrl()).contains("https://brand.example/@plaza");
        assertThat(brand.platform()).isEqualTo(Platform.FEDIVERSE);
    }

    @Test
    void aPostBecomesAPostWithPlainTextItsLanguageAndItsUrl() {
        Path zip = archive().language("de")
                .post(1, "2024-03-01T10:15:00Z", "<p>Hallo &amp; willkommen <a href=\"https://brand.example/tags/plaza\" "
                        + "class=\"mention hashtag\" rel=\"tag\">#<span>plaza</span></a></p><p>Zweite Zeile<br />dritte</p>",
                        hashtag("plaza"))
                .write(dir.resolve("a.zip"));

        IncomingActivity post = only(MastodonImport.read(zip, Progress.NONE), ActivityKind.POST);

        assertThat(post.uri()).isEqualTo(status(1));
        assertThat(post.url()).contains("https://brand.example/@plaza/1");
        assertThat(post.author()).isEqualTo(BRAND);
        assertThat(post.at()).isEqualTo(Instant.parse("2024-03-01T10:15:00Z"));
        assertThat(post.text()).isEqualTo("Hallo & willkommen #plaza\n\nZweite Zeile\ndritte");
        assertThat(post.language()).contains("de");
        assertThat(post.inReplyToUri()).isEmpty();
        assertThat(post.community()).contains(instance("brand.example"));
    }

    @Test
    void aReplyKeepsTheUriItAnswersAndLivesWhereThatPostLives() {
        Path zip = archive()
                .reply(2, "2024-03-02T08:00:00Z", "<p><span class=\"h-card\"><a href=\"https://social.example/@alice\" "
                        + "class=\"u-url mention\">@<span>alice</span></a></span> thanks!</p>", ALICE_POST,
                        mention("@alice@social.example", ALICE))
                .write(dir.resolve("a.zip"));

        IncomingActivity reply = only(MastodonImport.read(zip, Progress.NONE), ActivityKind.REPLY);

        assertThat(reply.inReplyToUri()).contains(ALICE_POST);
        assertThat(reply.text()).isEqualTo("@alice thanks!");
        assertThat(reply.mentions()).containsExactly(new IdentityKey(Platform.FEDIVERSE, ALICE));
        assertThat(reply.community()).contains(instance("social.example"));
    }

    @Test
    void everyoneMentionedBecomesAnIdentityWithAHandle() {
        Path zip = archive()
                .post(3, "2024-03-03T08:00:00Z", "<p>@alice @bob @dana</p>",
                        mention("@alice@social.example", ALICE),
                        mention("@bob", "https://brand.example/users/bob"),
                        mention("@dana@town.example", "https://town.example/users/dana"))
                .post(4, "2024-03-04T08:00:00Z", "<p>@alice again</p>", mention("@alice@social.example", ALICE))
                .write(dir.resolve("a.zip"));

        MastodonArchive read = MastodonImport.read(zip, Progress.NONE);

        assertThat(read.batch().identities()).extracting(SeenIdentity::stableId, SeenIdentity::handle).containsExactly(
                tuple(ACTOR, "@plaza@brand.example"),
                tuple(ALICE, "@alice@social.example"),
                tuple("https://brand.example/users/bob", "@bob@brand.example"),
                tuple("https://town.example/users/dana", "@dana@town.example"));
        assertThat(read.batch().identities().get(1).personHint().orElseThrow().key())
                .isEqualTo("acct:alice@social.example");
    }

    @Test
    void aBoostBecomesARepostOfTheBoostedPost() {
        Path zip = archive().boost(5, "2024-03-05T12:00:00Z", ALICE_POST).write(dir.resolve("a.zip"));

        IncomingActivity repost = only(MastodonImport.read(zip, Progress.NONE), ActivityKind.REPOST);

        assertThat(repost.uri()).isEqualTo(status(5) + "/activity");
        assertThat(repost.targetUri()).contains(ALICE_POST);
        assertThat(repost.author()).isEqualTo(BRAND);
        assertThat(repost.at()).isEqualTo(Instant.parse("2024-03-05T12:00:00Z"));
        assertThat(repost.community()).contains(instance("social.example"));
    }

    @Test
    void likesAndBookmarksBecomeActivitiesWhoseUrisAreMintedFromTheBrandAndTheTarget() {
        Path zip = archive().like(ALICE_POST).bookmark(ALICE_POST).write(dir.resolve("a.zip"));

        MastodonArchive read = MastodonImport.read(zip, Progress.NONE);
        IncomingActivity like = only(read, ActivityKind.LIKE);
        IncomingActivity bookmark = only(read, ActivityKind.BOOKMARK);

        assertThat(like.uri()).isEqualTo("acct:plaza@brand.example#likes/" + Uris.sha256(ALICE_POST));
        assertThat(like.targetUri()).contains(ALICE_POST);
        assertThat(like.author()).isEqualTo(BRAND);
        assertThat(bookmark.uri()).isEqualTo("acct:plaza@brand.example#bookmarks/" + Uris.sha256(ALICE_POST));
        assertThat(bookmark.targetUri()).contains(ALICE_POST);
    }

    @Test
    void readingTheSameArchiveTwiceGivesEqualResults() {
        Path zip = sample().write(dir.resolve("a.zip"));

        assertThat(MastodonImport.read(zip, Progress.NONE)).isEqualTo(MastodonImport.read(zip, Progress.NONE));
    }

    @Test
    void mediaAttachmentsAreCountedAndTheirFilesAreNeverOpened() {
        byte[] notReallyAPng = new byte[4096];
        Path zip = archive()
                .postWithMedia(6, "2024-03-06T08:00:00Z", "<p>two pictures</p>",
                        "media_attachments/files/000/000/006/original/a.png",
                        "media_attachments/files/000/000/007/original/b.png")
                .entry("media_attachments/files/000/000/006/original/a.png", notReallyAPng)
                .entry("media_attachments/files/000/000/007/original/b.png", notReallyAPng)
                .write(dir.resolve("a.zip"));

        MastodonArchive read = MastodonImport.read(zip, Progress.NONE);

        assertThat(read.mediaAttachments()).isEqualTo(2);
        assertThat(only(read, ActivityKind.POST).text()).isEqualTo("two pictures");
    }

    @Test
    void remoteHtmlNeverSurvivesAsMarkup() {
        Path zip = archive()
                .post(7, "2024-03-07T08:00:00Z", "<p>hi<script>alert(1)</script><img src=x onerror=alert(2)> "
                        + "<a href=\"javascript:alert(3)\">there</a> &lt;b&gt;</p>")
                .write(dir.resolve("a.zip"));

        assertThat(only(MastodonImport.read(zip, Progress.NONE), ActivityKind.POST).text()).isEqualTo("hi there <b>");
    }

    @Test
    void itemsThatAreNotByTheArchivesOwnerOrNotPostsAreSkippedAndCounted() {
        ObjectMapper json = new ObjectMapper();
        Path zip = archive().post(8, "2024-03-08T08:00:00Z", "<p>mine</p>")
                .item(json.createObjectNode().put("type", "Create").put("actor", ALICE).put("id", ALICE_POST + "/activity"))
                .item(json.createObjectNode().put("type", "Delete").put("actor", ACTOR).put("id", status(10) + "#delete"))
                .write(dir.resolve("a.zip"));

        MastodonArchive read = MastodonImport.read(zip, Progress.NONE);

        assertThat(read.batch().activities()).extracting(IncomingActivity::uri).containsExactly(status(8));
        assertThat(read.skipped()).isEqualTo(2);
    }

    @Test
    void anArchiveUnpackedAndZippedAgainInOneFolderIsReadTheSame() {
        Path flat = sample().write(dir.resolve("flat.zip"));
        Path nested = sample().inFolder("archive-20240301").write(dir.resolve("nested.zip"));

        assertThat(MastodonImport.read(nested, Progress.NONE)).isEqualTo(MastodonImport.read(flat, Progress.NONE));
    }

    @Test
    void progressCountsTheOutboxItemsAndEndsComplete() {
        TestArchive big = archive();
        for (int i = 1; i <= 2500; i++) {
            big.post(i, "2024-01-01T00:00:00Z", "<p>post " + i + "</p>");
        }
        List<long[]> updates = new ArrayList<>();
        MastodonImport.read(big.write(dir.resolve("a.zip")), (step, done, total) -> updates.add(new long[] {done, total}));

        assertThat(updates).extracting(u -> u[0]).containsSubsequence(1000L, 2000L, 2500L);
        assertThat(updates.getFirst()[1]).isEqualTo(2500);
        assertThat(updates.getLast()).containsExactly(2500, 2500);
    }

    static TestArchive sample() {
        return archive()
                .post(1, "2024-03-01T10:00:00Z", "<p>hello</p>")
                .reply(2, "2024-03-02T10:00:00Z", "<p>@alice yes</p>", ALICE_POST, mention("@alice@social.example", ALICE))
                .boost(3, "2024-03-03T10:00:00Z", ALICE_POST)
                .like(ALICE_POST)
                .bookmark("https://town.example/users/dana/statuses/77");
    }

    static IncomingActivity only(MastodonArchive read, ActivityKind kind) {
        List<IncomingActivity> found = read.batch().activities().stream().filter(a -> a.kind() == kind).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    static CommunityRef instance(String host) {
        return new CommunityRef(Platform.FEDIVERSE, CommunityKind.INSTANCE, host, Optional.of("https://" + host));
    }
}
