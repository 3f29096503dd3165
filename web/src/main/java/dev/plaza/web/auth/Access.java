package dev.plaza.web.auth;

import dev.plaza.core.team.Role;
import io.javalin.security.RouteRole;
import java.util.Optional;

/**
 * Who may call a route. Every route of the server is registered with exactly one of these; the
 * access filter refuses a route that has none.
 */
public enum Access implements RouteRole {
    /** Anyone, logged in or not: login, health, metrics, static assets. */
    PUBLIC(null),
    VIEWER(Role.VIEWER),
    MANAGER(Role.MANAGER),
    OWNER(Role.OWNER);

    private final Role role;

    Access(Role role) {
        this.role = role;
    }

    /** The team role a route needs; empty for {@link #PUBLIC}. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    public boolean allows(Principal principal) {
        return role == null || principal.may(role);
    }
}
