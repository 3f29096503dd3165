package dev.plaza.web.pages;

import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.team.Role;
import dev.plaza.core.team.TeamMember;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings → Team: who can log in, with which role, and each member's own fediverse account on
 * this server ({@code @name@host}); owners add members, change roles and give members accounts.
 */
public record TeamView(Frame frame, List<TeamMember> members, Map<Long, LocalActor> accounts, String host) {

    public TeamView {
        members = List.copyOf(members);
        accounts = Map.copyOf(accounts);
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }

    public boolean isSelf(TeamMember member) {
        return frame.memberId().map(id -> id == member.id()).orElse(false);
    }

    /** The member's own fediverse account, if it has one. */
    public Optional<LocalActor> account(TeamMember member) {
        return Optional.ofNullable(accounts.get(member.id()));
    }

    public String handle(LocalActor actor) {
        return "@" + actor.username() + "@" + host;
    }
}
