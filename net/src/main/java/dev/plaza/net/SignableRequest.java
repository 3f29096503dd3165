package dev.plaza.net;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/**
 * An HTTP request as signatures see it, independent of any HTTP library. The body array is shared,
 * not copied: treat it as read-only.
 *
 * @param uri the absolute target URI as the sender addressed it (scheme, host, port, path, query)
 */
public record SignableRequest(String method, URI uri, Headers headers, byte[] body) {

    private static final byte[] NO_BODY = new byte[0];

    public SignableRequest {
        requireNonNull(method, "method");
        requireNonNull(headers, "headers");
        requireNonNull(body, "body");
        if (method.isEmpty() || !method.chars().allMatch(c -> c > ' ' && c < 127 && c != ':')) {
            throw new IllegalArgumentException("\"%s\" is not an HTTP method".formatted(method));
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("%s is not an absolute http(s) URI with a host".formatted(uri));
        }
    }

    public static SignableRequest get(URI uri, Headers headers) {
        return new SignableRequest("GET", uri, headers, NO_BODY);
    }

    public static SignableRequest post(URI uri, Headers headers, byte[] body) {
        return new SignableRequest("POST", uri, headers, body);
    }

    /** Whether the request carries content that a digest must cover: everything but GET and HEAD. */
    public boolean hasBody() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    public SignableRequest withHeader(String name, String value) {
        return new SignableRequest(method, uri, headers.with(name, value), body);
    }

    public SignableRequest withoutHeader(String name) {
        return new SignableRequest(method, uri, headers.without(name), body);
    }

    public SignableRequest withUri(URI newUri) {
        return new SignableRequest(method, newUri, headers, body);
    }

    /** host[:port], lower case, default port left out: what Plaza sends as Host and RFC 9421 §2.2.3 signs. */
    public String authority() {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1
                || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()))
                || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()));
        return defaultPort ? host : host + ":" + port;
    }

    /** The absolute path (never empty) followed by "?query" when there is one, as sent on the wire. */
    public String pathAndQuery() {
        String query = uri.getRawQuery();
        return path() + (query == null ? "" : "?" + query);
    }

    /** The absolute path, "/" when the URI has none (RFC 9421 §2.2.6). */
    public String path() {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** scheme://authority/path?query, normalised as RFC 9421 §2.2.2 and WHATWG URL serialisation agree. */
    public String targetUri() {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + authority() + pathAndQuery();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignableRequest that
                && method.equals(that.method) && uri.equals(that.uri)
                && headers.equals(that.headers) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * method.hashCode() + uri.hashCode()) + headers.hashCode()) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "%s %s %s (%d bytes)".formatted(method, uri, headers, body.length);
    }
}
