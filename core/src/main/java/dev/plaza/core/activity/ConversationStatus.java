package dev.plaza.core.activity;

import java.util.Arrays;
import java.util.Locale;

/** Where a conversation stands for the team. */
public enum ConversationStatus {
    OPEN, ANSWERED, IGNORED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConversationStatus fromKey(String key) {
        return Arrays.stream(values())
                .filter(s -> s.key().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown conversation status '%s'; expected one of %s"
                        .formatted(key, Arrays.stream(values()).map(ConversationStatus::key).toList())));
    }
}
