package dev.plaza.atproto.xrpc;

import dev.plaza.atproto.syntax.Did;
import java.util.Optional;

/**
 * Where an account's tokens outlive the process, by account DID: written after every login and
 * refresh, read when Plaza resumes acting as the account. Implementations keep the tokens secret
 * (encrypted at rest, never logged).
 */
public interface SessionStore {

    /** Stores the session, replacing any earlier one of the same account. */
    void save(StoredSession session);

    Optional<StoredSession> load(Did account);

    /** Forgets the account's session; nothing happens when there is none. */
    void delete(Did account);
}
