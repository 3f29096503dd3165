package dev.plaza.atproto.xrpc;

import dev.plaza.atproto.syntax.Did;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SessionStore} that forgets everything when the process ends: for tests and development. */
public final class InMemorySessionStore implements SessionStore {

    private final Map<Did, StoredSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void save(StoredSession session) {
        sessions.put(session.did(), session);
    }

    @Override
    public Optional<StoredSession> load(Did account) {
        return Optional.ofNullable(sessions.get(account));
    }

    @Override
    public void delete(Did account) {
        sessions.remove(account);
    }
}
