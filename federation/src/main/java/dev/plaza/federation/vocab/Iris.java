package dev.plaza.federation.vocab;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What Plaza accepts as an object id or link: absolute http(s), a host, no user info. */
final class Iris {

    private Iris() {
    }

    static boolean isAbsoluteHttp(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // user info ("https://bank.example@evil.example/") only ever serves to mislead a reader
            return (scheme.equals("https") || scheme.equals("http"))
                    && uri.getHost() != null && !uri.getHost().isEmpty() && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
