package dev.plaza.web.pages;

import dev.plaza.core.team.Role;
import dev.plaza.core.team.TeamMember;
import java.util.List;

/** Settings → Team: who can log in, with which role; owners add members and change roles. */
public record TeamView(Frame frame, List<TeamMember> members) {

    public List<Role> roles() {
        return List.of(Role.values());
    }

    public boolean isSelf(TeamMember member) {
        return frame.memberId().map(id -> id == member.id()).orElse(false);
    }
}
