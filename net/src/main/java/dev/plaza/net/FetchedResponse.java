package dev.plaza.net;

import static java.util.Objects.requireNonNull;

import dev.plaza.net.Headers;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A response read in full, within the size limit.
 *
 * @param uri where it came from after redirects: what an ActivityPub document's id must match
 */
public record FetchedResponse(int status, URI uri, Headers headers, byte[] body) {

    public FetchedResponse {
        requireNonNull(uri, "uri");
        requireNonNull(headers, "headers");
        requireNonNull(body, "body");
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "%d from %s (%d bytes)".formatted(status, uri, body.length);
    }
}
