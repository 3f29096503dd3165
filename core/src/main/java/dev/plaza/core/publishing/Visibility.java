package dev.plaza.core.publishing;

import java.util.Arrays;
import java.util.Locale;

/**
 * Who a post is for, as Mastodon names the four: everyone and the public timelines; everyone but
 * not the timelines; followers only; only the people it mentions.
 */
public enum Visibility {
    PUBLIC, UNLISTED, FOLLOWERS, DIRECT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Public and unlisted posts are in the outbox and can be fetched by anyone. */
    public boolean listedPublicly() {
        return this == PUBLIC || this == UNLISTED;
    }

    public static Visibility fromKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key().equalsIgnoreCase(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown visibility '%s'; expected one of %s"
                        .formatted(key, Arrays.stream(values()).map(Visibility::key).toList())));
    }
}
