package dev.plaza.core.sentiment;

import java.util.Arrays;

/** How a post feels about what it speaks of: the three classes the labelled data and the dashboards use. */
public enum Sentiment {
    NEGATIVE("negative"),
    NEUTRAL("neutral"),
    POSITIVE("positive");

    private final String key;

    Sentiment(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Sentiment fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sentiment \"%s\": use negative, neutral or positive"
                        .formatted(key)));
    }
}
