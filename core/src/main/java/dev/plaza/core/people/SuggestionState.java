package dev.plaza.core.people;

import java.util.Arrays;
import java.util.Locale;

/** Where a suggested link stands: waiting, merged by a member, or dismissed for good. */
public enum SuggestionState {
    OPEN, ACCEPTED, DISMISSED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SuggestionState fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equalsIgnoreCase(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown suggestion state '%s'".formatted(key)));
    }
}
