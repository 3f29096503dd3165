package dev.plaza.federation.discovery;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fediverse handle, {@code name@host}: how people name an account on another server. The host may
 * carry a port ({@code alice@127.0.0.1:8443}); it is kept in lower case.
 */
public record Handle(String username, String host) {

    private static final Pattern HANDLE = Pattern.compile("(?:acct:|@)?([^@/?#\\s:]+)@([^@/?#\\s]+)");

    public Handle {
        requireNonNull(username, "username");
        requireNonNull(host, "host");
        if (username.isEmpty() || !validHost(host)) {
            throw new IllegalArgumentException("'%s@%s' is not a handle (name@host)".formatted(username, host));
        }
        host = host.toLowerCase(Locale.ROOT);
    }

    /** {@code @name@host}, {@code name@host} or {@code acct:name@host}; empty for anything else (an actor URL, say). */
    public static Optional<Handle> parse(String text) {
        Matcher matcher = HANDLE.matcher(text.strip());
        if (!matcher.matches() || !validHost(matcher.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new Handle(matcher.group(1), matcher.group(2)));
    }

    /** The WebFinger resource, {@code acct:name@host}. */
    public String acct() {
        return "acct:" + username + "@" + host;
    }

    @Override
    public String toString() {
        return username + "@" + host;
    }

    private static boolean validHost(String host) {
        try {
            URI uri = new URI("https://" + host + "/");
            return uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawAuthority().equals(host);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
