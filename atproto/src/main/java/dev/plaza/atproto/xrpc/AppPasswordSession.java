package dev.plaza.atproto.xrpc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.syntax.Did;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acting as an account on its PDS with an app password (com.atproto.server.createSession). The session
 * refreshes its access token a margin before it expires, logs in again with the app password when the
 * PDS refuses the refresh token (expired or revoked), and retries a call once when the PDS refuses an
 * access token it still held for valid. Concurrent callers share one renewal. Every new pair of tokens
 * goes to the {@link SessionStore}; tokens and the password are never logged.
 */
public final class AppPasswordSession implements XrpcSession {

    static final String CREATE_SESSION = "com.atproto.server.createSession";
    static final String REFRESH_SESSION = "com.atproto.server.refreshSession";
    static final String DELETE_SESSION = "com.atproto.server.deleteSession";
    private static final Logger LOG = LoggerFactory.getLogger(AppPasswordSession.class);

    private final XrpcClient pds;
    private final AppPassword credentials;
    private final SessionStore store;
    private final SessionOptions options;
    private final ReentrantLock renewal = new ReentrantLock();
    private volatile StoredSession current;
    private volatile boolean loggedOut;

    private AppPasswordSession(XrpcClient pds, AppPassword credentials, SessionStore store, SessionOptions options,
                               StoredSession first) {
        this.pds = requireNonNull(pds, "pds");
        this.credentials = requireNonNull(credentials, "credentials");
        this.store = requireNonNull(store, "store");
        this.options = requireNonNull(options, "options");
        this.current = first;
    }

    /** Logs in now and stores the new session. */
    public static AppPasswordSession login(XrpcClient pds, AppPassword credentials, SessionStore store,
                                           SessionOptions options) {
        StoredSession first = createSession(pds, credentials);
        store.save(first);
        return new AppPasswordSession(pds, credentials, store, options, first);
    }

    /**
     * Resumes the stored session when the credentials name the account by its DID and the store holds a
     * session of it from this PDS (no request is made); logs in otherwise.
     */
    public static AppPasswordSession open(XrpcClient pds, AppPassword credentials, SessionStore store,
                                          SessionOptions options) {
        Optional<StoredSession> stored = credentials.identifier() instanceof Did did
                ? store.load(did).filter(session -> session.service().equals(pds.service()))
                : Optional.empty();
        return stored.map(session -> new AppPasswordSession(pds, credentials, store, options, session))
                .orElseGet(() -> login(pds, credentials, store, options));
    }

    @Override
    public Did did() {
        return current.did();
    }

    /** The handle the PDS reported at the last login or refresh. */
    public String handle() {
        return current.handle();
    }

    @Override
    public JsonNode query(String nsid, Map<String, ?> params) {
        return authorized(token -> pds.query(nsid, params, Optional.of(token)));
    }

    @Override
    public JsonNode procedure(String nsid, JsonNode input) {
        return authorized(token -> pds.procedure(nsid, input, Optional.of(token)));
    }

    @Override
    public JsonNode procedure(String nsid, byte[] input, String contentType) {
        return authorized(token -> pds.procedure(nsid, input, contentType, Optional.of(token)));
    }

    @Override
    public JsonNode procedure(String nsid) {
        return authorized(token -> pds.procedure(nsid, Optional.of(token)));
    }

    /**
     * Ends the session on the PDS (com.atproto.server.deleteSession revokes the refresh token) and
     * forgets it in the store; the session takes no more calls.
     */
    public void logout() {
        renewal.lock();
        try {
            try {
                pds.procedure(DELETE_SESSION, Optional.of(current.refreshJwt()));
            } catch (XrpcException e) {
                if (!e.isTokenRejected()) {
                    throw e;
                }
                // the PDS no longer holds the refresh token: the session has ended already
            }
            store.delete(current.did());
            loggedOut = true;
        } finally {
            renewal.unlock();
        }
    }

    private JsonNode authorized(Function<Jwt, JsonNode> call) {
        Jwt token = accessToken();
        try {
            return call.apply(token);
        } catch (XrpcException e) {
            if (!e.isTokenRejected()) {
                throw e;
            }
            LOG.info("the PDS {} refused the access token of {} ({}); renewing it and trying once more",
                    pds.service(), current.did(), e.error().orElseThrow());
            return call.apply(renew(token).accessJwt());
        }
    }

    private Jwt accessToken() {
        if (loggedOut) {
            throw new AtprotoException("the session of %s at %s was logged out".formatted(current.did(), pds.service()));
        }
        Jwt token = current.accessJwt();
        return isDue(token) ? renew(token).accessJwt() : token;
    }

    /** Whether the token expires within the margin (at most half its lifetime, so a short-lived token is not renewed at once). */
    private boolean isDue(Jwt token) {
        if (token.expiresAt().isEmpty()) {
            return false;
        }
        Instant expiry = token.expiresAt().get();
        Duration margin = token.issuedAt()
                .map(issued -> Duration.between(issued, expiry).dividedBy(2))
                .filter(half -> half.compareTo(options.refreshMargin()) < 0)
                .orElse(options.refreshMargin());
        return !options.clock().instant().isBefore(expiry.minus(margin));
    }

    /** Replaces {@code stale} unless another caller has already replaced it while this one waited. */
    private StoredSession renew(Jwt stale) {
        renewal.lock();
        try {
            StoredSession session = current;
            if (!session.accessJwt().equals(stale)) {
                return session;
            }
            StoredSession next = refreshOrLogIn(session);
            if (!next.did().equals(session.did())) {
                throw new AtprotoException("the PDS %s answered a session of %s for the account %s"
                        .formatted(pds.service(), next.did(), session.did()));
            }
            store.save(next);
            current = next;
            return next;
        } finally {
            renewal.unlock();
        }
    }

    private StoredSession refreshOrLogIn(StoredSession session) {
        Optional<Instant> refreshExpiry = session.refreshJwt().expiresAt();
        if (refreshExpiry.isPresent() && !options.clock().instant().isBefore(refreshExpiry.get())) {
            LOG.info("logging in to {} again as {} with its app password: the refresh token expired at {}",
                    pds.service(), session.did(), refreshExpiry.get());
            return createSession(pds, credentials);
        }
        try {
            LOG.debug("refreshing the session of {} at {}", session.did(), pds.service());
            return SessionOutput.read(REFRESH_SESSION, pds.service(),
                    pds.procedure(REFRESH_SESSION, Optional.of(session.refreshJwt())));
        } catch (XrpcException e) {
            if (!e.isTokenRejected() && e.status() != 401) {
                throw e;
            }
            LOG.info("logging in to {} again as {} with its app password: the refresh token was refused ({} {})",
                    pds.service(), session.did(), e.status(), e.error().orElse("without an error name"));
            return createSession(pds, credentials);
        }
    }

    private static StoredSession createSession(XrpcClient pds, AppPassword credentials) {
        ObjectNode input = JsonNodeFactory.instance.objectNode()
                .put("identifier", credentials.identifier().value())
                .put("password", credentials.password().reveal());
        StoredSession session = SessionOutput.read(CREATE_SESSION, pds.service(),
                pds.procedure(CREATE_SESSION, input, Optional.empty()));
        if (credentials.identifier() instanceof Did did && !did.equals(session.did())) {
            throw new AtprotoException("%s at %s logged in %s, not %s".formatted(CREATE_SESSION, pds.service(),
                    session.did(), did));
        }
        return session;
    }

    @Override
    public String toString() {
        return "app-password session of %s at %s".formatted(current.did(), pds.service());
    }
}
