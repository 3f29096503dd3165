package dev.plaza.core.publishing;

import java.util.Arrays;
import java.util.Locale;

/** A like (favourite) or a boost (ActivityStreams Announce) of a post. */
public enum ReactionType {
    LIKE("Like"), ANNOUNCE("Announce");

    private final String asType;

    ReactionType(String asType) {
        this.asType = asType;
    }

    /** The ActivityStreams type of the activity that carries it. */
    public String asType() {
        return asType;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReactionType fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equalsIgnoreCase(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown reaction '%s'; expected like or announce (a boost)"
                        .formatted(key)));
    }
}
