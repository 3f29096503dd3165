package dev.plaza.core.engagement;

import java.util.Arrays;

/** Which way a person moved between a month and the one before, or that they arrived in it. */
public enum Movement {
    /** Closer: a smaller Orbit number, or active after not being. */
    UP("up"),
    /** Further: a larger Orbit number, or no longer active. */
    DOWN("down"),
    /** New: first active in the month (a newcomer; also counted as moving up, from not active). */
    ARRIVED("new");

    private final String key;

    Movement(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Movement fromKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("people move up or down, or are new, not '%s'".formatted(key)));
    }
}
