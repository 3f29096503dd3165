package dev.plaza.core.people;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one spelling of a claimed web address or domain, so that equal claims compare equal: scheme
 * and host lower-cased, international domain names in their ASCII form (IDNA, via {@link IDN}),
 * default ports, fragments and a trailing slash dropped.
 */
public final class ClaimValues {

    private ClaimValues() {
    }

    public static String url(String raw) {
        URI uri = parse(raw.strip());
        String scheme = Optional.ofNullable(uri.getScheme()).map(s -> s.toLowerCase(Locale.ROOT))
                .filter(s -> s.equals("http") || s.equals("https"))
                .orElseThrow(() -> new IllegalArgumentException("'%s' is not an http(s) address".formatted(raw)));
        String host = domain(Optional.ofNullable(uri.getHost())
                .or(() -> Optional.ofNullable(uri.getRawAuthority()).map(ClaimValues::hostOfAuthority))
                .orElseThrow(() -> new IllegalArgumentException("'%s' has no host".formatted(raw))));
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = Optional.ofNullable(uri.getRawPath()).orElse("");
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
    }

    public static String domain(String raw) {
        String trimmed = raw.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a domain cannot be empty");
        }
        try {
            return IDN.toASCII(trimmed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'%s' is not a domain name: %s".formatted(raw, e.getMessage()), e);
        }
    }

    /** The host of a normalised web address, as {@link #domain} spells it. */
    public static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(new URI(url).getHost()).map(ClaimValues::domain);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An http(s) address normalised, or empty when it is not one. */
    public static Optional<String> tryUrl(String raw) {
        try {
            return Optional.of(url(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static URI parse(String raw) {
        try {
            return new URI(raw);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'%s' is not a web address: %s".formatted(raw, e.getReason()), e);
        }
    }

    /** java.net.URI leaves the host unset for non-ASCII host names; the authority still holds it. */
    private static String hostOfAuthority(String authority) {
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = host.lastIndexOf(':');
        return colon > 0 ? host.substring(0, colon) : host;
    }
}
