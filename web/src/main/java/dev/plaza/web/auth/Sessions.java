package dev.plaza.web.auth;

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
 * Server-side sessions keyed by random 256-bit ids. A session ends after {@code idle} without a
 * request, after {@code lifetime} in any case, on logout, or when its member is removed. Sessions
 * live in this process: a restart logs everyone out, which is the safe direction.
 */
public final class Sessions {

    /** How long a login form may sit before its anonymous session expires. */
    static final Duration ANONYMOUS_IDLE = Duration.ofMinutes(30);
    private static final int SWEEP_EVERY = 256;
    private static final int MAX_SESSIONS = 100_000;

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong created = new AtomicLong();
    private final Clock clock;
    private final Duration idle;
    private final Duration lifetime;

    public Sessions(Clock clock, Duration idle, Duration lifetime) {
        this.clock = clock;
        this.idle = idle;
        this.lifetime = lifetime;
    }

    /** A pre-login session: it only holds the login form's CSRF token. */
    public Session anonymous() {
        return create(Optional.empty());
    }

    /** Logs a member in: the old session (if any) ends and a new id is issued, so a planted id is useless. */
    public Session rotate(Optional<Session> old, long memberId) {
        old.ifPresent(s -> invalidate(s.id()));
        return create(Optional.of(memberId));
    }

    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    public void invalidate(String id) {
        sessions.remove(id);
    }

    /** Ends every session of a member (removed from the team, or logged out everywhere). */
    public void invalidateMember(long memberId) {
        sessions.values().removeIf(s -> s.memberId().equals(Optional.of(memberId)));
    }

    int size() {
        return sessions.size();
    }

    private Session create(Optional<Long> memberId) {
        if (created.incrementAndGet() % SWEEP_EVERY == 0 || sessions.size() >= MAX_SESSIONS) {
            sweep();
        }
        if (sessions.size() >= MAX_SESSIONS && memberId.isEmpty()) {
            sessions.values().removeIf(s -> s.memberId().isEmpty());
        }
        Session session = new Session(randomToken(), memberId, randomToken(), clock.instant());
        sessions.put(session.id(), session);
        return session;
    }

    private void sweep() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
    }

    private boolean expired(Session session, Instant now) {
        Duration allowedIdle = session.memberId().isPresent() ? idle : ANONYMOUS_IDLE;
        return session.lastSeen().plus(allowedIdle).isBefore(now)
                || session.createdAt().plus(lifetime).isBefore(now);
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
