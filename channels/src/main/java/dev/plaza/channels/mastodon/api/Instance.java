package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import dev.plaza.net.GuardSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A Mastodon-compatible instance, known by its origin ({@code https://host[:port]}, no path). People
 * type {@code mastodon.social}, {@code https://mastodon.social/} or {@code @user@mastodon.social}'s host;
 * all become the same origin. Plain http is refused, except to a loopback address where the guard
 * allows loopback (tests against a local instance).
 */
public record Instance(URI base) {

    private static final int MAX_INPUT = 300;

    public Instance {
        requireNonNull(base, "base");
        if (base.getRawPath() != null && !base.getRawPath().isEmpty() || base.getHost() == null) {
            throw new IllegalArgumentException("an instance is an origin without a path, not " + base);
        }
    }

    public static Instance parse(String input, GuardSettings guard) {
        String typed = requireNonNull(input, "input").strip();
        if (typed.isEmpty() || typed.length() > MAX_INPUT) {
            throw refused(typed, "give the instance's host name, such as mastodon.social");
        }
        String withScheme = typed.contains("://") ? typed : "https://" + typed;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            throw refused(typed, "it is not a host name or URL (" + e.getReason() + ")");
        }
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null) {
            throw refused(typed, "it carries a user name or password; give the instance's host only");
        }
        if (uri.getHost() == null) {
            throw refused(typed, "it names no host");
        }
        String path = Optional.ofNullable(uri.getRawPath()).orElse("");
        if (!path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw refused(typed, "an instance is a host; leave out the path, query and fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean loopbackHttp = scheme.equals("http") && guard.allowLoopback() && isLoopback(host);
        if (!scheme.equals("https") && !loopbackHttp) {
            throw refused(typed, "Plaza talks to instances over https only");
        }
        String port = uri.getPort() < 0 || uri.getPort() == 443 && scheme.equals("https") ? "" : ":" + uri.getPort();
        return new Instance(URI.create(scheme + "://" + host + port));
    }

    public String host() {
        return base.getHost();
    }

    /** The URL of an API path ({@code /api/v1/…}, with its query) on this instance. */
    URI resolve(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    private static IllegalArgumentException refused(String input, String why) {
        return new IllegalArgumentException("\"%s\" is not a Mastodon instance Plaza can connect to: %s".formatted(input, why));
    }
}
