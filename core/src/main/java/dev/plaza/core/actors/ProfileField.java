package dev.plaza.core.actors;

import static java.util.Objects.requireNonNull;

/**
 * One line of an actor's profile table, as Mastodon shows them ("Website", "https://…"): plain
 * text as the team typed it. Links in the value become links where it is shown.
 */
public record ProfileField(String name, String value) {

    /** Mastodon's limits, so that every server shows the whole field. */
    public static final int MAX_NAME = 255;
    public static final int MAX_VALUE = 2048;

    public ProfileField {
        requireNonNull(name, "name");
        requireNonNull(value, "value");
        name = name.strip();
        value = value.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a profile field needs a label%s".formatted(
                    value.isEmpty() ? "" : " (the value '%s' has none)".formatted(shorten(value))));
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("the profile field label '%s' is %d characters; the limit is %d"
                    .formatted(shorten(name), name.length(), MAX_NAME));
        }
        if (value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("the value of the profile field '%s' is %d characters; the limit is %d"
                    .formatted(shorten(name), value.length(), MAX_VALUE));
        }
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
