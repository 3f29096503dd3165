package dev.plaza.federation.inbox;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Origins (scheme, host, port) and hosts of the IRIs an activity names; what origin checks compare. */
public final class Origins {

    private Origins() {
    }

    /** {@code https://host[:port]}, lower case, default port left out; empty for anything not absolute http(s). */
    public static Optional<String> of(String iri) {
        return parse(iri).map(uri -> {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (port == 443 && scheme.equals("https")) || (port == 80 && scheme.equals("http"));
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        });
    }

    public static boolean same(String a, String b) {
        Optional<String> origin = of(a);
        return origin.isPresent() && origin.equals(of(b));
    }

    public static Optional<String> host(String iri) {
        return parse(iri).map(uri -> uri.getHost().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code host} is {@code domain} or one of its subdomains. */
    public static boolean blocked(String host, List<String> domains) {
        return domains.stream().map(d -> d.toLowerCase(Locale.ROOT))
                .anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
    }

    static URI withoutFragment(String iri) {
        URI uri = URI.create(iri);
        return uri.getRawFragment() == null ? uri : URI.create(iri.substring(0, iri.indexOf('#')));
    }

    private static Optional<URI> parse(String iri) {
        try {
            URI uri = new URI(iri);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
