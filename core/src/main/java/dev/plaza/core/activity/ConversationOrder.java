package dev.plaza.core.activity;

import java.util.Arrays;

/** How an inbox lists its conversations. */
public enum ConversationOrder {
    /** The latest activity first. */
    LATEST("latest"),
    /**
     * The conversations waiting for the brand after a negative post first, the longest waiting first
     * (the critical threads among them), then the others, the latest activity first.
     */
    ATTENTION("attention");

    private final String key;

    ConversationOrder(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ConversationOrder fromKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("an inbox sorts by %s, not '%s'".formatted(
                        Arrays.stream(values()).map(ConversationOrder::key).toList(), key)));
    }
}
