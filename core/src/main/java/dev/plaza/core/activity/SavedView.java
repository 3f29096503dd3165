package dev.plaza.core.activity;

import static java.util.Objects.requireNonNull;

/** A named set of inbox filters that one team member saved. */
public record SavedView(long id, long memberId, String name, ConversationFilter filter) {

    public static final int MAX_NAME = 100;

    public SavedView {
        requireNonNull(filter, "filter");
        name = checkedName(name);
    }

    public static String checkedName(String name) {
        String trimmed = requireNonNull(name, "name").strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new IllegalArgumentException("a view's name is 1 to %d characters, not %d".formatted(MAX_NAME, trimmed.length()));
        }
        return trimmed;
    }
}
