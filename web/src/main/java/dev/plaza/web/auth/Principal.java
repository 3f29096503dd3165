package dev.plaza.web.auth;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.team.Role;
import java.util.Optional;

/**
 * Who is making a request: a logged-in team member (session) or an API token. Every page and API
 * route asks it whether its role allows what the route does.
 */
public record Principal(long workspaceId, Optional<Long> memberId, Optional<Long> tokenId, String name, Role role) {

    public Principal {
        requireNonNull(memberId, "memberId");
        requireNonNull(tokenId, "tokenId");
        requireNonNull(name, "name");
        requireNonNull(role, "role");
    }

    public boolean may(Role required) {
        return role.allows(required);
    }
}
