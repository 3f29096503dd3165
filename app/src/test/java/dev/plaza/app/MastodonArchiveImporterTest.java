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
    void withoutAnOwnAccountACsvExportIsRefusedWithAHint() throws Exception {
        long w = db.newWorkspace().id();
        Path csv = Files.writeString(dir.resolve("following_accounts.csv"),
                "Account address,Show boosts,Notify on new posts,Languages\nana@social.example,true,false,\n");

        assertThatThrownBy(() -> new MastodonArchiveImporter(db.store()).importMastodon(w, csv, Progress.NONE))
                .hasMessageContaining("does not say whose account");
    }
}
