package dev.plaza.web.pages;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.team.Role;
import dev.plaza.core.team.TeamMember;
import dev.plaza.federation.actors.ActorProvisioner;
import dev.plaza.federation.actors.ActorUris;
import dev.plaza.web.auth.Principal;
import dev.plaza.web.auth.Sessions;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Settings → Team. Only owners change the team; nobody changes their own role or removes themselves.
 * Owners also give a member an own fediverse account on this server, a {@code Person} whose profile
 * is edited under Settings → Profile.
 */
final class TeamSettings {

    private final PageSupport pages;
    private final Sessions sessions;
    private final ActorUris uris;

    TeamSettings(PageSupport pages, Sessions sessions, ActorUris uris) {
        this.pages = pages;
        this.sessions = sessions;
        this.uris = uris;
    }

    void show(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        Map<Long, LocalActor> accounts = pages.store().localActors().list(workspace).stream()
                .filter(a -> a.teamMemberId().isPresent())
                .collect(Collectors.toMap(a -> a.teamMemberId().get(), Function.identity()));
        pages.render(ctx, "settings/team.jte", new TeamView(pages.frame(ctx, "Settings · Team", "settings"),
                pages.store().team().list(workspace), accounts, uris.host()));
    }

    void createAccount(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "member-id");
        TeamMember member = pages.store().team().find(id).filter(m -> m.workspaceId() == workspace)
                .orElseThrow(() -> new NotFoundException("team member", id));
        PageSupport.attempt(ctx, "/settings/team", () -> {
            String username = PageSupport.form(ctx, "username");
            if (username.startsWith("@")) {
                username = username.substring(1);
            }
            if (username.isEmpty()) {
                throw new IllegalArgumentException("choose a username for %s's account".formatted(member.displayName()));
            }
            LocalActor actor = new ActorProvisioner(pages.store().localActors()).createFor(member, username);
            return "Created %s for %s: other servers find it by that handle. Edit its profile under Settings → Profile."
                    .formatted("@" + actor.username() + "@" + uris.host(), member.displayName());
        });
    }

    void add(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        PageSupport.attempt(ctx, "/settings/team", () -> {
            String email = PageSupport.form(ctx, "email");
            String name = PageSupport.form(ctx, "display_name");
            Role role = Role.fromKey(PageSupport.form(ctx, "role"));
            if (!email.matches("[^@\\s]+@[^@\\s]+")) {
                throw new IllegalArgumentException("'%s' is not an email address".formatted(email));
            }
            String raw = ctx.formParam("password");
            char[] password = raw == null ? new char[0] : raw.toCharArray();
            try {
                TeamMember member = pages.store().team().add(workspace, email, name.isEmpty() ? email : name, role, password);
                return "Added %s as %s.".formatted(member.displayName(), member.role().key());
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    void changeRole(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "member-id");
        PageSupport.attempt(ctx, "/settings/team", () -> {
            refuseSelf(ctx, id, "change your own role");
            TeamMember member = pages.store().team().changeRole(workspace, id, Role.fromKey(PageSupport.form(ctx, "role")));
            return "%s is a %s now.".formatted(member.displayName(), member.role().key());
        });
    }

    void remove(Context ctx) {
        long workspace = PageSupport.workspaceId(ctx);
        long id = PageSupport.pathId(ctx, "member-id");
        PageSupport.attempt(ctx, "/settings/team", () -> {
            refuseSelf(ctx, id, "remove yourself");
            pages.store().team().remove(workspace, id);
            sessions.invalidateMember(id);
            return "Removed the team member; their sessions have ended.";
        });
    }

    private static void refuseSelf(Context ctx, long memberId, String what) {
        if (Principal.of(ctx).memberId().equals(java.util.Optional.of(memberId))) {
            throw new IllegalArgumentException("you cannot %s; ask another owner".formatted(what));
        }
    }
}
