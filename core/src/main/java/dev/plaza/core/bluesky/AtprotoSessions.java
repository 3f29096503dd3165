package dev.plaza.core.bluesky;

import java.util.Optional;

/** The AT Protocol sessions Plaza holds, by account DID, their tokens sealed at rest. */
public interface AtprotoSessions {

    /** Stores the tokens, replacing any earlier ones of the same account. */
    void save(AtprotoSessionTokens tokens);

    Optional<AtprotoSessionTokens> load(String did);

    /** Forgets the account's tokens; nothing happens when there are none. */
    void delete(String did);
}
