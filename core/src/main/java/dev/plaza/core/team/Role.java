package dev.plaza.core.team;

import java.util.Arrays;
import java.util.Locale;

/** What a team member may do. Each role can do everything the roles below it can. */
public enum Role {
    /** Reads everything; changes nothing. */
    VIEWER,
    /** Runs the community: imports, channels, goal, conversations. */
    MANAGER,
    /** Also manages the team and API tokens. */
    OWNER;

    public boolean allows(Role required) {
        return compareTo(required) >= 0;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromKey(String key) {
        return Arrays.stream(values())
                .filter(r -> r.key().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '%s'; expected owner, manager or viewer"
                        .formatted(key)));
    }
}
