package dev.plaza.core.team;

import java.time.Instant;
import java.util.Optional;

/** Where login sessions are kept, so that a restart, or another Plaza node, logs nobody out. */
public interface TeamSessions {

    void save(TeamSession session);

    Optional<TeamSession> find(String idHash);

    void touch(String idHash, Instant lastSeen);

    void delete(String idHash);

    /** Ends every session of a member: removed from the team, or a changed password. */
    void deleteOfMember(long memberId);

    /** Forgets sessions idle since before {@code idleBefore} or created before {@code createdBefore}. */
    int deleteExpired(Instant idleBefore, Instant createdBefore);
}
