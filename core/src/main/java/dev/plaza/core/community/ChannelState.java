package dev.plaza.core.community;

import java.util.Arrays;
import java.util.Locale;

/** What a channel's listener is doing. */
public enum ChannelState {
    /** Connecting, or about to poll for the first time. */
    STARTING,
    /** Connected to a stream, or polling on schedule without errors. */
    LISTENING,
    /** Waiting before it tries again after a dropped connection or a refused poll. */
    WAITING,
    /** Its last attempts failed; see the last error. */
    FAILING,
    /** Not listening: stopped for good by a problem retrying cannot fix, or closed. */
    STOPPED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChannelState fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown channel state '%s'".formatted(key)));
    }
}
