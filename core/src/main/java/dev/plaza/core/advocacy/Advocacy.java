package dev.plaza.core.advocacy;

import java.util.Arrays;

/**
 * What a post does for the brand. Only the first two are advocacy: someone speaking for the brand
 * to others without being asked. A reply to the brand was prompted by it, a mention only names it.
 */
public enum Advocacy {
    /** An unprompted recommendation: "you should try …", "switched to … and love it". */
    RECOMMENDATION("recommendation"),
    /** Someone else's question answered with the brand. */
    ANSWER("answer"),
    /** A reply in a conversation the brand started or joined: prompted. */
    REPLY_TO_BRAND("reply-to-brand"),
    /** The brand named, neither recommended nor given as an answer. */
    MENTION("mention"),
    /** The brand not named at all. */
    NONE("none");

    private final String key;

    Advocacy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean isAdvocacy() {
        return this == RECOMMENDATION || this == ANSWER;
    }

    public static Advocacy fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown advocacy \"%s\": use one of %s".formatted(key,
                        Arrays.stream(values()).map(Advocacy::key).toList())));
    }
}
