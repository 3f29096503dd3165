package dev.plaza.web.mastodon;

import static java.util.Objects.requireNonNull;

import dev.plaza.channels.mastodon.api.AccessToken;
import dev.plaza.channels.mastodon.api.Authorization;
import dev.plaza.channels.mastodon.api.Instance;
import dev.plaza.channels.mastodon.api.MastodonApiException;
import dev.plaza.channels.mastodon.api.MastodonClient;
import dev.plaza.channels.mastodon.api.MastodonOAuth;
import dev.plaza.channels.mastodon.api.MastodonStatus;
import dev.plaza.channels.mastodon.api.Pacer;
import dev.plaza.channels.mastodon.api.RegisteredApp;
import dev.plaza.channels.mastodon.api.Reply;
import dev.plaza.channels.mastodon.api.Scopes;
import dev.plaza.core.Store;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.mastodon.MastodonAccount;
import dev.plaza.core.mastodon.MastodonAccounts;
import dev.plaza.core.mastodon.MastodonApp;
import dev.plaza.core.mastodon.MastodonAuthorization;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Connecting accounts of Mastodon-compatible instances with OAuth (Mastodon docs, "OAuth"): Plaza registers its
 * app once per instance and redirect URI, sends the team member to the instance's authorize page with a state
 * and a PKCE challenge, and on their way back takes the state once, exchanges the code, asks the instance whose
 * token it is, and keeps the account as a channel with its sealed token.
 *
 * <p>The account's actor URI is the {@code uri} the instance gives (its ActivityPub id, sent since Mastodon 4.2);
 * an instance that sends none gets the account known by {@code acct:user@host}, the stable id Plaza's Mastodon
 * reader and archive import give it too. Its profile {@code url} is never taken as the actor: it is a web page,
 * and the same person would then be two identities.
 */
public final class MastodonConnections {

    public static final String CALLBACK_PATH = "/settings/mastodon/callback";
    static final Duration AUTHORIZATION_LIFETIME = Duration.ofMinutes(10);

    private final MastodonAccounts accounts;
    private final GuardedHttpClient http;
    private final GuardSettings guard;
    private final URI redirectUri;
    private final URI website;
    private final Clock clock;
    private final MastodonOAuth oauth;

    /** @param publicBaseUrl where people reach Plaza: the redirect URI and the app's website are under it */
    public MastodonConnections(Store store, GuardedHttpClient http, GuardSettings guard, String publicBaseUrl, Clock clock) {
        this.accounts = store.mastodonAccounts();
        this.http = requireNonNull(http, "http");
        this.guard = requireNonNull(guard, "guard");
        String base = publicBaseUrl.replaceFirst("/+$", "");
        this.redirectUri = URI.create(base + CALLBACK_PATH);
        this.website = URI.create(base);
        this.clock = requireNonNull(clock, "clock");
        this.oauth = new MastodonOAuth(http, Pacer.system(), new SecureRandom());
    }

    public List<MastodonAccount> accounts(long workspaceId) {
        return accounts.list(workspaceId);
    }

    /**
     * Starts connecting an account of the instance named by {@code instance} ({@code mastodon.social}, its URL,
     * or an address {@code @user@host}): registers Plaza's app there if none is kept, remembers the authorization
     * for ten minutes, and answers the authorize URL to send the team member to.
     */
    public URI begin(long workspaceId, long memberId, String instance, ChannelKind kind) {
        if (kind == ChannelKind.LISTENING) {
            throw new IllegalArgumentException("Connect the brand's own account or a team member's personal account.");
        }
        Instance parsed = Instance.parse(host(instance), guard);
        RegisteredApp app = app(parsed);
        Authorization authorization = oauth.authorize(app);
        accounts.beginAuthorization(new MastodonAuthorization(authorization.state(), workspaceId, memberId,
                parsed.base().toString(), kind, authorization.codeVerifier(), clock.instant().plus(AUTHORIZATION_LIFETIME)));
        return authorization.url();
    }

    /**
     * Finishes a connection the same team member started in the same workspace: the state is taken (it cannot be
     * used twice), the code exchanged, and the account the token belongs to connected.
     */
    public MastodonAccount complete(long workspaceId, long memberId, String state, String code) {
        MastodonAuthorization authorization = take(workspaceId, memberId, state);
        Instance instance = new Instance(URI.create(authorization.instance()));
        RegisteredApp app = stored(instance).orElseThrow(() -> new IllegalArgumentException(
                "Plaza's app on %s is no longer known; connect the account again.".formatted(instance.host())));
        try {
            AccessToken token = oauth.exchange(app, code, authorization.codeVerifier());
            var account = new MastodonClient(http, instance, token, Pacer.system()).verifyCredentials();
            String acct = account.address(instance);
            String actor = account.uri().orElse("acct:" + acct.toLowerCase(Locale.ROOT));
            return accounts.connect(workspaceId, authorization.kind(), new MastodonAccount(0, workspaceId,
                    instance.base().toString(), account.id(), acct, actor, clock.instant(), Optional.empty(),
                    Optional.of(memberId)), token.value());
        } catch (MastodonApiException e) {
            throw new IllegalArgumentException("Could not connect the account on %s: %s".formatted(instance.host(),
                    e.getMessage()), e);
        }
    }

    /**
     * Posts {@code text} as the connected account in reply to the status with {@code targetUri}, which the
     * account's instance finds (or fetches) by its URI; the idempotency key makes a retried reply one status.
     * A refused token is remembered on the account.
     */
    public MastodonStatus reply(MastodonAccount account, String targetUri, String text, Optional<String> language,
                                String idempotencyKey) {
        String token = accounts.accessToken(account.workspaceId(), account.channelId()).orElseThrow(() ->
                new IllegalArgumentException("%s has no token; connect it again under Settings → Mastodon."
                        .formatted(account.handle())));
        MastodonClient client = new MastodonClient(http, new Instance(URI.create(account.instance())),
                new AccessToken(token, Scopes.READ_WRITE, Optional.empty()), Pacer.system());
        try {
            String target = client.resolveStatus(targetUri).orElseThrow(() -> new IllegalArgumentException(
                    "%s cannot find %s to reply to; it may be deleted or not public.".formatted(account.instance(), targetUri)))
                    .id();
            Reply reply = new Reply(text, Optional.of(target), Reply.Visibility.PUBLIC, Optional.empty(), language,
                    idempotencyKey);
            MastodonStatus posted = client.post(reply);
            accounts.recordError(account.workspaceId(), account.channelId(), Optional.empty());
            return posted;
        } catch (MastodonApiException e) {
            if (e.unauthorized()) {
                accounts.recordError(account.workspaceId(), account.channelId(), Optional.of(e.getMessage()));
            }
            throw new IllegalArgumentException("Could not reply as %s: %s".formatted(account.handle(), e.getMessage()), e);
        }
    }

    /** The team member said no on the instance: the authorization is forgotten, and nothing is kept. */
    public void refuse(long workspaceId, long memberId, String state) {
        take(workspaceId, memberId, state);
    }

    private MastodonAuthorization take(long workspaceId, long memberId, String state) {
        MastodonAuthorization authorization = (state.isBlank() ? Optional.<MastodonAuthorization>empty()
                : accounts.takeAuthorization(state)).orElseThrow(() -> new IllegalArgumentException(
                "This connection is unknown, has expired (after %d minutes) or was already used; connect the account again."
                        .formatted(AUTHORIZATION_LIFETIME.toMinutes())));
        if (authorization.workspaceId() != workspaceId || authorization.memberId() != memberId) {
            throw new IllegalArgumentException("This connection was started by someone else; connect the account yourself.");
        }
        return authorization;
    }

    private RegisteredApp app(Instance instance) {
        return stored(instance).orElseGet(() -> {
            RegisteredApp registered;
            try {
                registered = oauth.register(instance, redirectUri, Scopes.READ_WRITE, website);
            } catch (MastodonApiException e) {
                throw new IllegalArgumentException("Could not register Plaza on %s: %s".formatted(instance.host(),
                        e.getMessage()), e);
            }
            MastodonApp kept = accounts.saveApp(new MastodonApp(instance.base().toString(), redirectUri.toString(),
                    registered.clientId(), registered.scopes().joined(), clock.instant()), registered.clientSecret());
            return stored(instance).filter(app -> app.clientId().equals(kept.clientId())).orElseThrow();
        });
    }

    private Optional<RegisteredApp> stored(Instance instance) {
        String base = instance.base().toString();
        return accounts.app(base, redirectUri.toString()).flatMap(app -> accounts.appSecret(base, redirectUri.toString())
                .map(secret -> new RegisteredApp(instance.base(), app.clientId(), secret, redirectUri, Scopes.parse(app.scopes()))));
    }

    /** An address {@code @user@host} names its instance by its host. */
    private static String host(String typed) {
        String given = typed.strip();
        if (!given.contains("://") && given.indexOf('@', 1) > 0) {
            return given.substring(given.lastIndexOf('@') + 1);
        }
        return given;
    }
}
