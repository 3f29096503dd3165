package dev.plaza.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.activity.ActivityFilter;
import dev.plaza.core.activity.ActivityKind;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.Progress;
import dev.plaza.core.paging.PageRequest;
import dev.plaza.store.testing.TestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MastodonArchiveImporterTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    @TempDir
    Path dir;

    @Test
    void aCsvExportIsTheBrandsWhenTheWorkspaceOwnsAFediverseAccount() throws Exception {
        long w = db.newWorkspace().id();
        db.store().channels().add(w, Platform.FEDIVERSE, "@brand@brand.example", ChannelKind.OWNED, Optional.empty());
        // Mastodon's following_accounts.csv (app/models/export.rb)
        Path csv = Files.writeString(dir.resolve("following_accounts.csv"),
                "Account address,Show boosts,Notify on new posts,Languages\nana@social.example,true,false,\n");

        var result = new MastodonArchiveImporter(db.store()).importMastodon(w, csv, Progress.NONE);

        assertThat(result.activities()).isEqualTo(1);
        var channel = db.store().channels().list(w).get(0);
        assertThat(db.store().activities().list(w, ActivityFilter.ALL, PageRequest.first(5)).items())
                .singleElement().satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(ActivityKind.FOLLOW);
                    assertThat(a.channelId()).contains(channel.id());
                });
    }

    @Test
    void listsBecomeCommunitiesAndDomainBlocksAreKept() throws Exception {
        long w = db.newWorkspace().id();
        db.store().channels().add(w, Platform.FEDIVERSE, "@brand@brand.example", ChannelKind.OWNED, Optional.empty());
        var importer = new MastodonArchiveImporter(db.store());

        importer.importMastodon(w, Files.writeString(dir.resolve("lists.csv"),
                "Makers,ana@social.example\nMakers,ben@other.example\n"), Progress.NONE);
        importer.importMastodon(w, Files.writeString(dir.resolve("blocked_domains.csv"), "spam.example\n"), Progress.NONE);

        assertThat(db.store().communities().list(w)).singleElement().satisfies(c -> {
            assertThat(c.community().kind()).isEqualTo(dev.plaza.core.community.CommunityKind.LIST);
            assertThat(c.community().name()).isEqualTo("Makers");
            assertThat(c.people()).isEqualTo(2);
        });
        assertThat(db.store().communities().blockedDomains(w)).extracting(b -> b.domain()).containsExactly("spam.example");
    }

    @Test
    void blockedAccountsBecomeAccountBlocksPendingUntilTheAccountIsSeen() throws Exception {
        long w = db.newWorkspace().id();
        db.store().channels().add(w, Platform.FEDIVERSE, "@brand@brand.example", ChannelKind.OWNED, Optional.empty());

        new MastodonArchiveImporter(db.store()).importMastodon(w, Files.writeString(dir.resolve("blocked_accounts.csv"),
                "Troll@spam.example\n"), Progress.NONE);

        assertThat(db.store().blocks().actors(w)).singleElement().satisfies(b -> {
            assertThat(b.acct()).contains("troll@spam.example");
            assertThat(b.pending()).isTrue();
        });
    }

    @Test
    void withoutAnOwnAccountACsvExportIsRefusedWithAHint() throws Exception {
        long w = db.newWorkspace().id();
        Path csv = Files.writeString(dir.resolve("following_accounts.csv"),
                "Account address,Show boosts,Notify on new posts,Languages\nana@social.example,true,false,\n");

        assertThatThrownBy(() -> new MastodonArchiveImporter(db.store()).importMastodon(w, csv, Progress.NONE))
                .hasMessageContaining("does not say whose account");
    }
}
