package dev.plaza.web.bluesky;

import dev.plaza.atproto.syntax.Did;
import dev.plaza.atproto.xrpc.Jwt;
import dev.plaza.atproto.xrpc.SessionStore;
import dev.plaza.atproto.xrpc.StoredSession;
import dev.plaza.core.bluesky.AtprotoSessionTokens;
import dev.plaza.core.bluesky.AtprotoSessions;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/** The sessions of the Bluesky accounts Plaza acts as, kept in the store with their tokens sealed. */
final class StoredSessions implements SessionStore {

    private final AtprotoSessions sessions;
    private final Clock clock;

    StoredSessions(AtprotoSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void save(StoredSession session) {
        sessions.save(new AtprotoSessionTokens(session.did().value(), session.handle(), session.service().toString(),
                session.accessJwt().reveal(), session.refreshJwt().reveal(), clock.instant()));
    }

    @Override
    public Optional<StoredSession> load(Did account) {
        return sessions.load(account.value()).map(tokens -> new StoredSession(account, tokens.handle(),
                URI.create(tokens.service()), Jwt.of(tokens.accessJwt()), Jwt.of(tokens.refreshJwt())));
    }

    @Override
    public void delete(Did account) {
        sessions.delete(account.value());
    }
}
