package dev.plaza.core.actors;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What the team edits of an actor's profile: the name shown, the bio and up to four fields. */
public record ProfileEdit(String displayName, String summary, List<ProfileField> fields) {

    public static final int MAX_DISPLAY_NAME = 100;
    public static final int MAX_SUMMARY = 2000;
    /** Mastodon shows four fields; servers drop the rest. */
    public static final int MAX_FIELDS = 4;

    public ProfileEdit {
        requireNonNull(displayName, "displayName");
        requireNonNull(summary, "summary");
        displayName = displayName.strip();
        summary = summary.strip().replace("\r\n", "\n");
        fields = List.copyOf(fields);
        if (displayName.isEmpty()) {
            throw new IllegalArgumentException("the display name is empty; give the name people should see");
        }
        if (displayName.length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("the display name is %d characters; the limit is %d"
                    .formatted(displayName.length(), MAX_DISPLAY_NAME));
        }
        if (summary.length() > MAX_SUMMARY) {
            throw new IllegalArgumentException("the bio is %d characters; the limit is %d"
                    .formatted(summary.length(), MAX_SUMMARY));
        }
        if (fields.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("a profile has at most %d fields, not %d"
                    .formatted(MAX_FIELDS, fields.size()));
        }
    }
}
