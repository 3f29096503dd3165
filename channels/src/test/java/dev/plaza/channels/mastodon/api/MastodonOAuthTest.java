package dev.plaza.channels.mastodon.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.net.GuardSettings;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MastodonOAuthTest {

    private static final MastodonContract CONTRACT = MastodonContract.load();
    private static final URI REDIRECT = URI.create("https://plaza.example/channels/mastodon/callback");

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T12:00:00Z"));
    private final FakeMastodon fake = new FakeMastodon(clock, CONTRACT);
    private final MastodonOAuth oauth = new MastodonOAuth(fake.http(), clock.pacer(), new SecureRandom());

    @AfterEach
    void everythingExchangedConformsToTheContract() {
        assertThat(fake.violations()).isEmpty();
        fake.close();
    }

    @Test
    void registeringAnAppAuthorizingWithPkceAndExchangingTheCodeConnectsTheAccount() {
        RegisteredApp app = oauth.register(fake.instance(), REDIRECT, Scopes.READ_WRITE, URI.create("https://plaza.example"));
        assertThat(app.clientId()).startsWith("client-");
        assertThat(app.instance()).isEqualTo(fake.instance().base());
        assertThat(app.toString()).doesNotContain(app.clientSecret());
        assertThat(fake.received("/api/v1/apps").getFirst().body()).contains("\"client_name\":\"Plaza\"", "\"scopes\":\"read write\"");

        Authorization authorization = oauth.authorize(app);
        URI url = authorization.url();
        assertThat(url.getPath()).isEqualTo("/oauth/authorize");
        assertThat(url.getRawQuery()).contains("response_type=code", "client_id=" + app.clientId(),
                "redirect_uri=https%3A%2F%2Fplaza.example%2Fchannels%2Fmastodon%2Fcallback", "scope=read%20write",
                "state=" + authorization.state(), "code_challenge_method=S256",
                "code_challenge=" + FakeMastodon.s256(authorization.codeVerifier()));
        assertThat(authorization.codeVerifier()).matches("[A-Za-z0-9_-]{43,128}");

        String code = fake.approve(FakeMastodon.s256(authorization.codeVerifier()));
        AccessToken token = oauth.exchange(app, code, authorization.codeVerifier());
        assertThat(token.value()).isEqualTo(FakeMastodon.TOKEN);
        assertThat(token.scopes()).isEqualTo(Scopes.READ_WRITE);
        assertThat(token.createdAt()).contains(Instant.parse("2026-12-01T12:00:00Z"));

        MastodonAccount account = new MastodonClient(fake.http(), fake.instance(), token, clock.pacer()).verifyCredentials();
        assertThat(account.id()).isEqualTo("1");
        assertThat(account.acct()).isEqualTo("plaza");
        assertThat(account.username()).isEqualTo("plaza");
        assertThat(account.displayName()).isEqualTo("Plaza");
        assertThat(account.url()).contains(fake.origin() + "/@plaza");
        assertThat(account.uri()).contains(fake.origin() + "/users/plaza");
    }

    @Test
    void twoAuthorizationsNeverShareAStateOrAVerifier() {
        RegisteredApp app = new RegisteredApp(fake.instance().base(), "id", "secret", REDIRECT, Scopes.parse("read"));
        Authorization first = oauth.authorize(app);
        Authorization second = oauth.authorize(app);
        assertThat(first.state()).isNotEqualTo(second.state());
        assertThat(first.codeVerifier()).isNotEqualTo(second.codeVerifier());
    }

    @Test
    void aCodeExchangedWithTheWrongVerifierIsRefusedWithWhatTheInstanceSaid() {
        RegisteredApp app = oauth.register(fake.instance(), REDIRECT, Scopes.READ_WRITE, URI.create("https://plaza.example"));
        Authorization authorization = oauth.authorize(app);
        String code = fake.approve(FakeMastodon.s256(authorization.codeVerifier()));
        String otherVerifier = oauth.authorize(app).codeVerifier();

        assertThatThrownBy(() -> oauth.exchange(app, code, otherVerifier))
                .isInstanceOf(MastodonApiException.class)
                .hasMessageContaining("POST " + fake.origin() + "/oauth/token")
                .hasMessageContaining("answered 400")
                .hasMessageContaining("invalid_grant (The code verifier does not match the code challenge.)");
    }

    @Test
    void plazaAsksForReadAndWriteScopesOnly() {
        assertThat(Scopes.parse("read write:statuses read:notifications").joined()).isEqualTo("read write:statuses read:notifications");
        assertThatThrownBy(() -> Scopes.parse("read follow")).hasMessageContaining("not \"follow\"");
        assertThatThrownBy(() -> Scopes.parse("admin:write")).hasMessageContaining("not \"admin:write\"");
    }

    @Test
    void instancesAreNormalisedToTheirOrigin() {
        GuardSettings production = GuardSettings.DEFAULT;
        assertThat(Instance.parse("mastodon.social", production).base()).isEqualTo(URI.create("https://mastodon.social"));
        assertThat(Instance.parse(" https://Mastodon.Social/ ", production).base()).isEqualTo(URI.create("https://mastodon.social"));
        assertThat(Instance.parse("https://social.example:8443", production).base()).isEqualTo(URI.create("https://social.example:8443"));
        assertThat(Instance.parse("https://social.example:443/", production).host()).isEqualTo("social.example");
        assertThat(Instance.parse("http://127.0.0.1:8080", GuardSettings.forLoopbackTests()).base())
                .isEqualTo(URI.create("http://127.0.0.1:8080"));
    }

    @Test
    void instanceInputWithAPathUserInfoOrPlainHttpIsRefused() {
        GuardSettings production = GuardSettings.DEFAULT;
        assertThatThrownBy(() -> Instance.parse("https://mastodon.social/@plaza", production))
                .hasMessageContaining("leave out the path");
        assertThatThrownBy(() -> Instance.parse("https://user:pw@mastodon.social", production))
                .hasMessageContaining("user name or password");
        assertThatThrownBy(() -> Instance.parse("http://mastodon.social", production)).hasMessageContaining("https only");
        assertThatThrownBy(() -> Instance.parse("http://127.0.0.1:8080", production)).hasMessageContaining("https only");
        assertThatThrownBy(() -> Instance.parse("ftp://mastodon.social", production)).hasMessageContaining("https only");
        assertThatThrownBy(() -> Instance.parse("", production)).hasMessageContaining("such as mastodon.social");
        assertThatThrownBy(() -> Instance.parse("https://mastodon.social?x=1", production)).hasMessageContaining("query");
    }

    @Test
    void aRedirectUriMustBeAWebAddress() {
        assertThatThrownBy(() -> oauth.register(fake.instance(), URI.create("javascript:alert(1)"), Scopes.READ_WRITE,
                URI.create("https://plaza.example"))).hasMessageContaining("redirect URI");
        assertThat(fake.received()).isEmpty();
        assertThat(Optional.of(fake.violations())).contains(java.util.List.of());
    }
}
