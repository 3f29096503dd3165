package dev.plaza.web.auth;

import dev.plaza.core.team.TeamSession;
import dev.plaza.core.team.TeamSessions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sessions keyed by random 256-bit ids. A member's session is kept in the store (as a hash of its
 * id), so a restart or another node logs nobody out; it ends after {@code idle} without a request,
 * after {@code lifetime} in any case, on logout, or when its member is removed. Pre-login sessions
 * only carry the login form's CSRF token and stay in memory: anonymous visitors write nothing.
 */
public final class Sessions {

    /** How long a login form may sit before its anonymous session expires. */
    static final Duration ANONYMOUS_IDLE = Duration.ofMinutes(30);
    /** A request refreshes the stored last-seen time at most this often: not a write per request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final int SWEEP_EVERY = 256;
    private static final int MAX_IN_MEMORY = 100_000;

    private final TeamSessions kept;
    private final Map<String, Session> anonymous = new ConcurrentHashMap<>();
    private final Map<String, Session.Flash> flashes = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong created = new AtomicLong();
    private final Clock clock;
    private final Duration idle;
    private final Duration lifetime;

    public Sessions(TeamSessions kept, Clock clock, Duration idle, Duration lifetime) {
        this.kept = kept;
        this.clock = clock;
        this.idle = idle;
        this.lifetime = lifetime;
    }

    /** A pre-login session: it only holds the login form's CSRF token. */
    public Session anonymous() {
        sweepNowAndThen();
        if (anonymous.size() >= MAX_IN_MEMORY) {
            anonymous.clear(); // a flood of login-page visits; real users just reload the form
        }
        Instant now = clock.instant();
        Session session = new Session(randomToken(), Optional.empty(), randomToken(), now, now, flashes);
        anonymous.put(session.id(), session);
        return session;
    }

    /** Logs a member in: the old session (if any) ends and a new id is issued, so a planted id is useless. */
    public Session rotate(Optional<Session> old, long memberId) {
        old.ifPresent(s -> invalidate(s.id()));
        sweepNowAndThen();
        Instant now = clock.instant();
        Session session = new Session(randomToken(), Optional.of(memberId), randomToken(), now, now, flashes);
        kept.save(new TeamSession(hash(session.id()), memberId, session.csrfToken(), now, now));
        return session;
    }

    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session pending = anonymous.get(id);
        if (pending != null) {
            if (expired(pending.createdAt(), pending.lastSeen(), ANONYMOUS_IDLE, now)) {
                anonymous.remove(id);
                return Optional.empty();
            }
            pending.touch(now);
            return Optional.of(pending);
        }
        String idHash = hash(id);
        Optional<TeamSession> stored = kept.find(idHash);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        TeamSession s = stored.get();
        if (expired(s.createdAt(), s.lastSeen(), idle, now)) {
            invalidate(id);
            return Optional.empty();
        }
        if (s.lastSeen().plus(TOUCH_EVERY).isBefore(now)) {
            kept.touch(idHash, now);
        }
        return Optional.of(new Session(id, Optional.of(s.memberId()), s.csrfToken(), s.createdAt(), now, flashes));
    }

    public void invalidate(String id) {
        anonymous.remove(id);
        flashes.remove(id);
        kept.delete(hash(id));
    }

    /** Ends every session of a member (removed from the team, or logged out everywhere). */
    public void invalidateMember(long memberId) {
        kept.deleteOfMember(memberId);
    }

    private void sweepNowAndThen() {
        if (created.incrementAndGet() % SWEEP_EVERY != 0) {
            return;
        }
        Instant now = clock.instant();
        anonymous.values().removeIf(s -> expired(s.createdAt(), s.lastSeen(), ANONYMOUS_IDLE, now));
        kept.deleteExpired(now.minus(idle), now.minus(lifetime));
        if (flashes.size() > MAX_IN_MEMORY) {
            flashes.clear(); // messages nobody came back to read
        }
    }

    private boolean expired(Instant createdAt, Instant lastSeen, Duration allowedIdle, Instant now) {
        return lastSeen.plus(allowedIdle).isBefore(now) || createdAt.plus(lifetime).isBefore(now);
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
