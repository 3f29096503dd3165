package dev.plaza.core.community;

import java.util.Arrays;
import java.util.Locale;

/** Where a community lives. The fediverse is one platform: Mastodon, Misskey, Lemmy and the rest speak ActivityPub. */
public enum Platform {
    FEDIVERSE("Fediverse"),
    BLUESKY("Bluesky"),
    LENS("Lens"),
    FORUM("Forum"),
    SLACK("Slack"),
    DISCORD("Discord"),
    X("X"),
    YOUTUBE("YouTube"),
    INSTAGRAM("Instagram"),
    TIKTOK("TikTok"),
    RSS("RSS");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case name used in URLs, the API and the database. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Platform fromKey(String key) {
        return Arrays.stream(values())
                .filter(p -> p.key().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown platform '%s'; expected one of %s"
                        .formatted(key, Arrays.stream(values()).map(Platform::key).toList())));
    }
}
