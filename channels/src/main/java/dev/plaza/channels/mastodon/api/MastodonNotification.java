package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** A notification (Mastodon docs, "Notification" entity): for a {@code mention}, the status that mentions. */
public record MastodonNotification(String id, String type, Instant createdAt, MastodonAccount account,
                                   Optional<MastodonStatus> status) {

    public MastodonNotification {
        MastodonIds.check(id, "the notification id");
        requireNonNull(type, "type");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(account, "account");
        requireNonNull(status, "status");
    }

    public boolean isMention() {
        return type.equals("mention") && status.isPresent();
    }
}
