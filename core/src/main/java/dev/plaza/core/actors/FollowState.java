package dev.plaza.core.actors;

import java.util.Locale;

/** Where a follow stands: asked for, accepted by the followed actor, or refused. */
public enum FollowState {
    PENDING, ACCEPTED, REJECTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FollowState fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
