package dev.plaza.core.activity;

import java.util.Locale;

/** Where a conversation stands for the team. */
public enum ConversationStatus {
    OPEN, ANSWERED, IGNORED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
