package dev.plaza.web.auth;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.team.ApiToken;
import dev.plaza.core.team.Role;
import dev.plaza.core.team.TeamMember;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.Optional;

/**
 * Who is making a request: a logged-in team member (session) or an API token. Every page and API
 * route asks it whether its role allows what the route does.
 */
public record Principal(long workspaceId, Optional<Long> memberId, Optional<Long> tokenId, String name, Role role) {

    /** The request attribute under which the access filter leaves the principal. */
    public static final String ATTRIBUTE = "plaza.principal";

    public Principal {
        requireNonNull(memberId, "memberId");
        requireNonNull(tokenId, "tokenId");
        requireNonNull(name, "name");
        requireNonNull(role, "role");
    }

    public boolean may(Role required) {
        return role.allows(required);
    }

    public static Principal of(TeamMember member) {
        return new Principal(member.workspaceId(), Optional.of(member.id()), Optional.empty(),
                member.displayName(), member.role());
    }

    public static Principal of(ApiToken token) {
        return new Principal(token.workspaceId(), Optional.empty(), Optional.of(token.id()),
                "token " + token.name(), token.role());
    }

    /** The request's principal, if it has one (routes with {@link Access#PUBLIC} may have none). */
    public static Optional<Principal> find(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** The request's principal; every route above {@link Access#PUBLIC} has one. */
    public static Principal of(Context ctx) {
        return find(ctx).orElseThrow(() -> new UnauthorizedResponse("this needs a logged-in team member or an API token"));
    }
}
