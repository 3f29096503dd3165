package dev.plaza.web.bluesky;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.atproto.syntax.AtIdentifier;
import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.syntax.Handle;
import dev.plaza.atproto.xrpc.AppPassword;
import dev.plaza.atproto.xrpc.AppPasswordSession;
import dev.plaza.atproto.xrpc.Secret;
import dev.plaza.atproto.xrpc.SessionOptions;
import dev.plaza.atproto.xrpc.SessionStore;
import dev.plaza.atproto.xrpc.XrpcClient;
import dev.plaza.core.bluesky.BlueskyAccount;
import dev.plaza.core.bluesky.BlueskyAccounts;
import dev.plaza.core.Store;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bluesky account each workspace acts as: connecting it with a handle (or DID) and an app password,
 * the health of its session, and disconnecting it, which ends the session on its PDS and forgets the
 * tokens and the password.
 */
public final class BlueskyConnections {

    private static final Logger LOG = LoggerFactory.getLogger(BlueskyConnections.class);

    private final BlueskyAccounts accounts;
    private final SessionStore sessions;
    private final GuardedHttpClient http;
    private final IdentityResolver identities;
    private final Clock clock;

    public BlueskyConnections(Store store, GuardedHttpClient http, IdentityResolver identities, Clock clock) {
        this.accounts = store.blueskyAccounts();
        this.sessions = new StoredSessions(store.atprotoSessions(), clock);
        this.http = requireNonNull(http, "http");
        this.identities = requireNonNull(identities, "identities");
        this.clock = requireNonNull(clock, "clock");
    }

    public Optional<BlueskyAccount> account(long workspaceId) {
        return accounts.find(workspaceId);
    }

    /**
     * Logs in as the account on its PDS (the one given, or the one its DID document names) and stores the
     * account, its sealed app password and the session; on any failure nothing is stored.
     */
    public BlueskyAccount connect(long workspaceId, String identifier, String appPassword, Optional<String> pdsUrl,
            String connectedBy) {
        AtIdentifier who = identifier(identifier);
        if (appPassword.isBlank()) {
            throw new IllegalArgumentException("Give the account's app password; " + BlueskyFailure.APP_PASSWORDS + ".");
        }
        URI pds = pdsUrl.map(BlueskyConnections::pdsUrl).orElseGet(() -> pdsOf(who));
        AppPasswordSession session;
        try {
            session = AppPasswordSession.login(new XrpcClient(http, pds), new AppPassword(who, Secret.of(appPassword.strip())),
                    sessions, SessionOptions.DEFAULT);
        } catch (RuntimeException e) {
            throw BlueskyFailure.explain("Could not log in to Bluesky as " + identifier.strip(), pds.toString(), e);
        }
        accounts.find(workspaceId).filter(old -> !old.did().equals(session.did().value()))
                .ifPresent(old -> endSession(workspaceId, old));
        return accounts.connect(new BlueskyAccount(workspaceId, session.did().value(), session.handle(), pds.toString(),
                clock.instant(), connectedBy, Optional.empty()), appPassword.strip());
    }

    /** Ends the account's session on its PDS and forgets it here; answers what became of the session. */
    public String disconnect(long workspaceId) {
        BlueskyAccount account = accounts.find(workspaceId)
                .orElseThrow(() -> new IllegalArgumentException("No Bluesky account is connected."));
        Optional<String> problem = endSession(workspaceId, account);
        accounts.disconnect(workspaceId);
        return problem.map(p -> "Disconnected @%s; Plaza forgot its tokens and app password, but %s. Revoke the app password in the Bluesky app to be sure."
                        .formatted(account.handle(), p))
                .orElse("Disconnected @%s: its session on %s was ended, and Plaza forgot its tokens and app password."
                        .formatted(account.handle(), account.pdsUrl()));
    }

    public SessionHealth health(long workspaceId) {
        Optional<BlueskyAccount> account = accounts.find(workspaceId);
        var stored = account.flatMap(a -> sessions.load(Did.parse(a.did())));
        return new SessionHealth(stored.isPresent(), stored.flatMap(s -> s.accessJwt().expiresAt()),
                stored.flatMap(s -> s.refreshJwt().expiresAt()), account.flatMap(BlueskyAccount::lastError));
    }

    /** A session as the workspace's account, resumed from the store (or logged in again with the app password). */
    AppPasswordSession open(BlueskyAccount account) {
        String password = accounts.appPassword(account.workspaceId()).orElseThrow(() -> new IllegalArgumentException(
                "The Bluesky account @%s has no app password stored; connect it again under Settings → Bluesky."
                        .formatted(account.handle())));
        return AppPasswordSession.open(new XrpcClient(http, URI.create(account.pdsUrl())),
                new AppPassword(Did.parse(account.did()), Secret.of(password)), sessions, SessionOptions.DEFAULT);
    }

    BlueskyAccounts accounts() {
        return accounts;
    }

    Clock clock() {
        return clock;
    }

    /** Logs out on the PDS (best effort) and forgets the tokens; answers why the PDS was not told, if it was not. */
    private Optional<String> endSession(long workspaceId, BlueskyAccount account) {
        Optional<String> problem = Optional.empty();
        try {
            open(account).logout();
        } catch (RuntimeException e) {
            problem = Optional.of(BlueskyFailure.explain("the session could not be ended on its PDS", account.pdsUrl(), e)
                    .getMessage());
            LOG.atWarn().addKeyValue("workspace", workspaceId).addKeyValue("did", account.did())
                    .log("could not end the Bluesky session of {}: {}", account.did(), problem.get());
        }
        sessions.delete(Did.parse(account.did()));
        return problem;
    }

    private URI pdsOf(AtIdentifier who) {
        try {
            Did did = who instanceof Handle handle ? identities.resolveHandle(handle) : (Did) who;
            return identities.resolveDid(did).pds().orElseThrow(() -> new AtprotoException(
                    "the DID document of %s names no PDS".formatted(did)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Could not find the PDS of %s (%s). Give its PDS URL, such as https://bsky.social."
                    .formatted(who, e.getMessage()), e);
        }
    }

    private static AtIdentifier identifier(String text) {
        String given = text.strip().replaceFirst("^@", "");
        if (given.isEmpty()) {
            throw new IllegalArgumentException("Give the account's handle (such as brand.bsky.social) or its DID.");
        }
        if (given.contains("@")) {
            throw new IllegalArgumentException(("Plaza signs in to Bluesky by handle or DID, not by email ('%s'): give the"
                    + " handle the Bluesky app shows, such as brand.bsky.social.").formatted(given));
        }
        if (!AtIdentifier.isValid(given)) {
            throw new IllegalArgumentException("'%s' is neither a handle (such as brand.bsky.social) nor a DID (did:plc:…)."
                    .formatted(given));
        }
        return AtIdentifier.parse(given);
    }

    static URI pdsUrl(String text) {
        try {
            URI url = URI.create(text.strip().replaceFirst("/+$", ""));
            if (("https".equals(url.getScheme()) || "http".equals(url.getScheme())) && url.getHost() != null
                    && (url.getPath() == null || url.getPath().isEmpty()) && url.getQuery() == null) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // refused below, with the same message
        }
        throw new IllegalArgumentException(("'%s' is not a PDS URL: give its address such as https://bsky.social,"
                + " or leave it empty to find it from the handle.").formatted(text));
    }
}
