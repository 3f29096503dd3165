package dev.plaza.core.measures;

import java.util.Arrays;

/** The measures a post counts in besides its sentiment and advocacy, to find the posts behind them. */
public enum Measured {
    /** The brand's replies to people's posts. */
    BRAND_REPLY("brand-reply"),
    /** Posts about the goal: carrying one of its keywords or hashtags. */
    GOAL("goal"),
    /** Posts about the goal by the brand or naming it: its share of voice. */
    GOAL_OF_BRAND("goal-brand");

    private final String key;

    Measured(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Measured fromKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown measure \"%s\": use one of %s".formatted(key,
                        Arrays.stream(values()).map(Measured::key).toList())));
    }
}
