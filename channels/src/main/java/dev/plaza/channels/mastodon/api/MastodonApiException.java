package dev.plaza.channels.mastodon.api;

import dev.plaza.channels.ImportException;
import java.util.OptionalInt;

/**
 * A Mastodon-compatible instance refused a request, answered what Plaza cannot use, or could not be
 * reached. {@link #request()} names the request ({@code GET https://host/api/v1/…}); {@link #status()} is the
 * HTTP status the instance answered, when it answered one.
 */
public final class MastodonApiException extends ImportException {

    private final String request;
    private final OptionalInt status;

    MastodonApiException(String request, OptionalInt status, String message) {
        super(message);
        this.request = request;
        this.status = status;
    }

    MastodonApiException(String request, OptionalInt status, String message, Throwable cause) {
        super(message, cause);
        this.request = request;
        this.status = status;
    }

    static MastodonApiException unusable(String request, String what) {
        return new MastodonApiException(request, OptionalInt.empty(), "%s: %s".formatted(request, what));
    }

    public String request() {
        return request;
    }

    public OptionalInt status() {
        return status;
    }

    /** Whether the access token is no good any more (401), so that asking again will not help. */
    public boolean unauthorized() {
        return status.isPresent() && status.getAsInt() == 401;
    }
}
