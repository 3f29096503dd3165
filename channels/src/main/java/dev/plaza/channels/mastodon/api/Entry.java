package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

/**
 * One item of a timeline Plaza reads: a status, heard as itself (home, hashtag) or through a mention
 * notification. {@code id} is the item's id in its list, the position Plaza resumes from: the notification's
 * id for mentions, the status's otherwise.
 */
public record Entry(String id, MastodonStatus status, boolean mentionsAccount) {

    public Entry {
        MastodonIds.check(id, "the entry id");
        requireNonNull(status, "status");
    }

    public long position() {
        return Long.parseLong(id);
    }
}
