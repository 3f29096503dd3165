package dev.plaza.channels.mastodon;

import static dev.plaza.channels.mastodon.MastodonArchiveTest.ALICE_POST;
import static dev.plaza.channels.mastodon.MastodonArchiveTest.instance;
import static dev.plaza.channels.mastodon.MastodonArchiveTest.only;
import static dev.plaza.channels.mastodon.TestArchive.ACTOR;
import static dev.plaza.channels.mastodon.TestArchive.archive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.plaza.channels.ImportException;
import dev.plaza.channels.archive.ZipLimits;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.IdentityKey;
import dev.plaza.core.ingest.IncomingActivity;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.ingest.SeenIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows as app/models/export.rb writes them, for invented accounts. */
class CsvExportTest {

    static final Optional<String> BRAND = Optional.of("@plaza@brand.example");
    static final IdentityKey BRAND_KEY = new IdentityKey(Platform.FEDIVERSE, "acct:plaza@brand.example");
    static final IdentityKey ALICE = new IdentityKey(Platform.FEDIVERSE, "acct:alice@social.example");

    @TempDir
    Path dir;

    @Test
    void followedAccountsBecomeFollowsOfIdentitiesKnownByAddress() throws IOException {
        Path csv = csv("following_accounts.csv", """
                Account address,Show boosts,Notify on new posts,Languages
                alice@social.example,true,false,
                Dana@Town.example,false,true,"en, de"
                """);

        MastodonArchive read = readCsv(csv);

        assertThat(read.batch().activities()).extracting(IncomingActivity::kind, IncomingActivity::author,
                a -> a.targetUri().orElseThrow()).containsExactly(
                tuple(ActivityKind.FOLLOW, BRAND_KEY, "acct:alice@social.example"),
                tuple(ActivityKind.FOLLOW, BRAND_KEY, "acct:dana@town.example"));
        IncomingActivity follow = read.batch().activities().getFirst();
        assertThat(follow.uri()).isEqualTo("acct:plaza@brand.example#follows/" + Uris.sha256("acct:alice@social.example"));
        assertThat(follow.mentions()).containsExactly(ALICE);
        assertThat(follow.community()).contains(instance("social.example"));
        assertThat(follow.at()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(read.batch().identities()).extracting(SeenIdentity::stableId, SeenIdentity::handle).containsExactly(
                tuple("acct:plaza@brand.example", "@plaza@brand.example"),
                tuple("acct:alice@social.example", "@alice@social.example"),
                tuple("acct:dana@town.example", "@Dana@town.example"));
    }

    @Test
    void followersFollowTheBrand() throws IOException {
        Path csv = csv("followers.csv", "Account address\nalice@social.example\n");

        IncomingActivity follow = only(readCsv(csv), ActivityKind.FOLLOW);

        assertThat(follow.author()).isEqualTo(ALICE);
        assertThat(follow.targetUri()).contains("acct:plaza@brand.example");
        assertThat(follow.mentions()).containsExactly(BRAND_KEY);
    }

    @Test
    void blocksMutesDomainBlocksAndListsAreRead() throws IOException {
        MastodonArchive blocks = readCsv(csv("blocked_accounts.csv", "troll@spam.example\n"));
        MastodonArchive mutes = readCsv(csv("muted_accounts.csv", "Account address,Hide notifications\nalice@social.example,true\n"));
        MastodonArchive domains = readCsv(csv("blocked_domains.csv", "spam.example\nBad.Example\n"));
        MastodonArchive lists = readCsv(csv("lists.csv", "Friends,alice@social.example\n\"Makers, local\",bob@brand.example\n"));

        assertThat(only(blocks, ActivityKind.BLOCK).targetUri()).contains("acct:troll@spam.example");
        assertThat(blocks.batch().blockedAccounts()).as("they become account blocks").containsExactly("troll@spam.example");
        assertThat(only(mutes, ActivityKind.MUTE).targetUri()).contains("acct:alice@social.example");
        assertThat(domains.blockedDomains()).containsExactly("spam.example", "bad.example");
        assertThat(domains.batch().activities()).isEmpty();
        assertThat(lists.lists()).containsExactly(new ListMembership("Friends", ALICE),
                new ListMembership("Makers, local", new IdentityKey(Platform.FEDIVERSE, "acct:bob@brand.example")));
        assertThat(lists.batch().identities()).hasSize(3);
        assertThat(domains.batch().blockedDomains()).as("the store keeps them").containsExactly("spam.example", "bad.example");
        assertThat(lists.batch().memberships()).extracting(m -> m.community().name(), m -> m.community().kind(), m -> m.member())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Friends", dev.plaza.core.community.CommunityKind.LIST, ALICE),
                        org.assertj.core.groups.Tuple.tuple("Makers, local", dev.plaza.core.community.CommunityKind.LIST,
                                new IdentityKey(Platform.FEDIVERSE, "acct:bob@brand.example")));
    }

    @Test
    void aBookmarkInTheCsvAndInTheArchiveIsOneBookmark() {
        Path zip = archive().bookmark(ALICE_POST).entry("bookmarks.csv", ALICE_POST + "\n").write(dir.resolve("a.zip"));

        IncomingActivity bookmark = only(MastodonImport.read(zip, Progress.NONE), ActivityKind.BOOKMARK);

        assertThat(bookmark.author()).isEqualTo(new IdentityKey(Platform.FEDIVERSE, ACTOR));
    }

    @Test
    void aBookmarksCsvAloneMintsTheSameUriAsTheArchive() throws IOException {
        Path zip = archive().bookmark(ALICE_POST).write(dir.resolve("a.zip"));
        Path csv = csv("bookmarks.csv", ALICE_POST + "\n");

        assertThat(only(readCsv(csv), ActivityKind.BOOKMARK).uri())
                .isEqualTo(only(MastodonImport.read(zip, Progress.NONE), ActivityKind.BOOKMARK).uri());
    }

    @Test
    void csvExportsAddedToTheArchiveBelongToItsOwner() {
        Path zip = archive().entry("following_accounts.csv", "Account address,Show boosts,Notify on new posts,Languages\n"
                + "alice@social.example,true,false,\n").write(dir.resolve("a.zip"));

        IncomingActivity follow = only(MastodonImport.read(zip, Progress.NONE), ActivityKind.FOLLOW);

        assertThat(follow.author()).isEqualTo(new IdentityKey(Platform.FEDIVERSE, ACTOR));
        assertThat(follow.uri()).isEqualTo("acct:plaza@brand.example#follows/" + Uris.sha256("acct:alice@social.example"));
    }

    @Test
    void aZipOfCsvExportsAloneIsRead() {
        Path zip = archive().withoutOutbox().withoutActor()
                .entry("following_accounts (1).csv", "alice@social.example\n")
                .write(dir.resolve("exports.zip"));

        MastodonArchive read = MastodonImport.read(zip, BRAND, ZipLimits.DEFAULTS, Progress.NONE);

        assertThat(only(read, ActivityKind.FOLLOW).author()).isEqualTo(BRAND_KEY);
    }

    @Test
    void aCsvAloneNeedsToBeToldWhoseItIs() throws IOException {
        Path csv = csv("following_accounts.csv", "alice@social.example\n");

        assertThatThrownBy(() -> MastodonImport.read(csv, Progress.NONE)).isInstanceOf(ImportException.class)
                .hasMessage("following_accounts.csv does not say whose account it comes from; name the account (@you@your.server)");
    }

    @Test
    void anArchiveOfAnotherAccountIsRefused() {
        Path zip = archive().write(dir.resolve("a.zip"));

        assertThatThrownBy(() -> MastodonImport.read(zip, Optional.of("someone@else.example"), ZipLimits.DEFAULTS, Progress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessage("a.zip is the archive of @plaza@brand.example, not of @someone@else.example; "
                        + "import it into that account's workspace");
    }

    @Test
    void aRowThatIsNotAnAddressNamesItsLine() throws IOException {
        Path csv = csv("blocked_accounts.csv", "troll@spam.example\nnot an address\n");

        assertThatThrownBy(() -> readCsv(csv)).isInstanceOf(ImportException.class)
                .hasMessage("blocked_accounts.csv line 2: 'not an address' is not an account address (user@host); "
                        + "is this Mastodon's blocked_accounts.csv export? Nothing was imported");
    }

    @Test
    void aFileThatIsNeitherIsNamedWithWhatIsExpected() throws IOException {
        Path csv = csv("contacts.csv", "x\n");

        assertThatThrownBy(() -> readCsv(csv)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("contacts.csv is neither a Mastodon archive (.zip) nor one of its CSV exports "
                        + "(following_accounts.csv, followers.csv, lists.csv");
    }

    @Test
    void readingTheSameCsvTwiceGivesEqualResults() throws IOException {
        Path csv = csv("following_accounts.csv", "alice@social.example\nbob@brand.example\n");

        assertThat(readCsv(csv)).isEqualTo(readCsv(csv));
    }

    private Path csv(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-05-01T00:00:00Z")));
        return file;
    }

    private static MastodonArchive readCsv(Path csv) {
        return MastodonImport.read(csv, BRAND, ZipLimits.DEFAULTS, Progress.NONE);
    }
}
