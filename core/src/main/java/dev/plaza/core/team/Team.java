package dev.plaza.core.team;

import java.util.List;
import java.util.Optional;

/** Team members and their passwords. Passwords are only ever stored as hashes. */
public interface Team {

    TeamMember add(long workspaceId, String email, String displayName, Role role, char[] password);

    Optional<TeamMember> find(long memberId);

    Optional<TeamMember> findByEmail(String email);

    List<TeamMember> list(long workspaceId);

    /** The member whose email and password these are, if both match. */
    Optional<TeamMember> authenticate(String email, char[] password);

    TeamMember changeRole(long workspaceId, long memberId, Role role);

    void setPassword(long memberId, char[] password);

    void remove(long workspaceId, long memberId);
}
