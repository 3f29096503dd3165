package dev.plaza.atproto.listening;

import dev.plaza.atproto.AtprotoException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A host's event stream, com.atproto.sync.subscribeRepos or another: given as its http(s) origin or its ws(s) URL, it is streamed from over
 * wss for https and ws for http (atproto event stream spec), at /xrpc/ whatever path the host was given with.
 */
record StreamEndpoint(boolean secure, String authority) {

    static final String SUBSCRIBE_REPOS = "/xrpc/com.atproto.sync.subscribeRepos";

    static StreamEndpoint of(URI host) {
        String scheme = host.getScheme() == null ? "" : host.getScheme().toLowerCase(Locale.ROOT);
        boolean secure = switch (scheme) {
            case "https", "wss" -> true;
            case "http", "ws" -> false;
            default -> throw new AtprotoException("%s is not a host to listen to: its scheme must be https, http, wss or ws"
                    .formatted(host));
        };
        if (host.getHost() == null || host.getRawUserInfo() != null || host.getRawQuery() != null) {
            throw new AtprotoException("%s is not a host to listen to: it needs a host name and no user info or query"
                    .formatted(host));
        }
        return new StreamEndpoint(secure, host.getRawAuthority());
    }

    /** The stream, resuming after {@code cursor} if given: the host sends the messages whose seq is greater. */
    URI stream(Optional<Long> cursor) {
        return at(SUBSCRIBE_REPOS + cursor.map(seq -> "?cursor=" + seq).orElse(""));
    }

    /** The socket's URL for a path and query on this host. */
    URI at(String target) {
        return URI.create(this + target);
    }

    /** The host's health check, in http(s) form: the address the guarded client checks before the socket opens. */
    URI health() {
        return URI.create((secure ? "https://" : "http://") + authority + "/xrpc/_health");
    }

    @Override
    public String toString() {
        return (secure ? "wss://" : "ws://") + authority;
    }
}
