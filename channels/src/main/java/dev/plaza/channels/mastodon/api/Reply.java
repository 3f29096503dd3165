package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A post to publish through a connected account (Mastodon docs, "POST /api/v1/statuses"). The
 * {@code idempotencyKey} goes in the {@code Idempotency-Key} header: the instance posts a retried request with
 * the same key once, so the caller keeps the key with the reply it is sending until it is sent.
 */
public record Reply(String status, Optional<String> inReplyToId, Visibility visibility, Optional<String> spoilerText,
                    Optional<String> language, String idempotencyKey) {

    public enum Visibility {
        PUBLIC, UNLISTED, PRIVATE, DIRECT;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Mastodon's default limit is 500 characters; instances may allow more, none this many. */
    public static final int MAX_STATUS = 100_000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    public Reply {
        requireNonNull(status, "status");
        requireNonNull(inReplyToId, "inReplyToId");
        requireNonNull(visibility, "visibility");
        requireNonNull(spoilerText, "spoilerText");
        requireNonNull(language, "language");
        requireNonNull(idempotencyKey, "idempotencyKey");
        if (status.isBlank() || status.length() > MAX_STATUS) {
            throw new IllegalArgumentException("a reply needs text of 1 to %d characters".formatted(MAX_STATUS));
        }
        inReplyToId.ifPresent(id -> MastodonIds.check(id, "in_reply_to_id"));
        language.ifPresent(tag -> {
            if (!LANGUAGE.matcher(tag).matches()) {
                throw new IllegalArgumentException("a reply's language is an ISO 639 code such as \"en\", not \"%s\""
                        .formatted(MastodonIds.abbreviated(tag)));
            }
        });
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new IllegalArgumentException("an idempotency key is 8 to 128 letters, digits, '.', '_', ':' or '-'");
        }
    }

    /** A public reply to the status with this instance id. */
    public static Reply to(String inReplyToId, String status, String idempotencyKey) {
        return new Reply(status, Optional.of(inReplyToId), Visibility.PUBLIC, Optional.empty(), Optional.empty(), idempotencyKey);
    }
}
