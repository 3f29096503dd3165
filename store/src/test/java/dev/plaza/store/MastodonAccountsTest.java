package dev.plaza.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.mastodon.MastodonAccount;
import dev.plaza.core.mastodon.MastodonApp;
import dev.plaza.core.mastodon.MastodonAuthorization;
import dev.plaza.core.team.Role;
import dev.plaza.store.testing.TestStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MastodonAccountsTest {

    @RegisterExtension
    static final TestStore db = new TestStore();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void oneAppIsKeptPerInstanceAndRedirectEvenWhenTwoRegisterAtOnce() {
        String instance = "https://" + UUID.randomUUID() + ".example";
        MastodonApp first = db.store().mastodonAccounts().saveApp(
                new MastodonApp(instance, "https://plaza.example/cb", "client-1", "read write", NOW), "secret-1");
        MastodonApp second = db.store().mastodonAccounts().saveApp(
                new MastodonApp(instance, "https://plaza.example/cb", "client-2", "read write", NOW), "secret-2");

        assertThat(second).isEqualTo(first);
        assertThat(db.store().mastodonAccounts().appSecret(instance, "https://plaza.example/cb")).contains("secret-1");
        assertThat(db.store().mastodonAccounts().app(instance, "https://other.example/cb")).isEmpty();
    }

    @Test
    void anAuthorizationIsTakenOnceAndNotAfterItExpires() {
        long w = db.newWorkspace().id();
        long member = db.store().team().add(w, UUID.randomUUID() + "@brand.example", "Mia", Role.MANAGER,
                "long enough pw".toCharArray()).id();
        db.store().mastodonAccounts().beginAuthorization(new MastodonAuthorization("state-fresh", w, member,
                "https://social.example", ChannelKind.PERSONAL, "verifier-1", NOW.plusSeconds(600)));
        db.store().mastodonAccounts().beginAuthorization(new MastodonAuthorization("state-stale", w, member,
                "https://social.example", ChannelKind.OWNED, "verifier-2", NOW.minusSeconds(1)));

        Optional<MastodonAuthorization> taken = db.store().mastodonAccounts().takeAuthorization("state-fresh");

        assertThat(taken).hasValueSatisfying(a -> {
            assertThat(a.workspaceId()).isEqualTo(w);
            assertThat(a.memberId()).isEqualTo(member);
            assertThat(a.kind()).isEqualTo(ChannelKind.PERSONAL);
            assertThat(a.codeVerifier()).isEqualTo("verifier-1");
        });
        assertThat(db.store().mastodonAccounts().takeAuthorization("state-fresh")).as("used once").isEmpty();
        assertThat(db.store().mastodonAccounts().takeAuthorization("state-stale")).as("expired").isEmpty();
        assertThat(db.store().mastodonAccounts().takeAuthorization("never-issued")).isEmpty();
    }

    @Test
    void aConnectedAccountIsAChannelWithItsTokenSealed() {
        long w = db.newWorkspace().id();
        long anna = db.store().team().add(w, UUID.randomUUID() + "@brand.example", "Anna", Role.MANAGER,
                "long enough pw".toCharArray()).id();
        MastodonAccount account = new MastodonAccount(0, w, "https://social.example", "10917", "anna@social.example",
                "https://social.example/users/anna", NOW, Optional.empty(), Optional.of(anna));

        MastodonAccount connected = db.store().mastodonAccounts().connect(w, ChannelKind.PERSONAL, account, "token-1");
        MastodonAccount again = db.store().mastodonAccounts().connect(w, ChannelKind.PERSONAL, account, "token-2");

        assertThat(again.channelId()).isEqualTo(connected.channelId());
        Channel channel = db.store().channels().find(w, connected.channelId()).orElseThrow();
        assertThat(channel.platform()).isEqualTo(Platform.FEDIVERSE);
        assertThat(channel.handle()).isEqualTo("@anna@social.example");
        assertThat(channel.kind()).isEqualTo(ChannelKind.PERSONAL);
        assertThat(db.store().mastodonAccounts().accessToken(w, connected.channelId())).contains("token-2");
        assertThat(db.store().mastodonAccounts().list(w)).containsExactly(again);
        assertThat(again.connectedBy()).contains(anna);
        assertThat(db.store().mastodonAccounts().all()).contains(again);
        assertThat(db.store().mastodonAccounts().find(db.newWorkspace().id(), connected.channelId())).isEmpty();

        db.store().mastodonAccounts().recordError(w, connected.channelId(), Optional.of("401 The access token is invalid"));
        assertThat(db.store().mastodonAccounts().find(w, connected.channelId()).orElseThrow().lastError())
                .contains("401 The access token is invalid");

        db.store().channels().remove(w, connected.channelId());
        assertThat(db.store().mastodonAccounts().list(w)).isEmpty();
    }
}
