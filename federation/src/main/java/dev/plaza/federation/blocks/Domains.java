package dev.plaza.federation.blocks;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** A server name to block, as people type it: {@code spam.example}, {@code *.spam.example} or a URL on it. */
final class Domains {

    private static final Pattern NAME = Pattern.compile("(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    private Domains() {
    }

    static String parse(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("https://") || name.startsWith("http://")) {
            name = hostOf(name, text);
        }
        if (name.startsWith("*.")) {
            name = name.substring(2);
        }
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'%s' is not a server name; write it as spam.example (its subdomains are blocked too)"
                    .formatted(text.strip()));
        }
        return name;
    }

    private static String hostOf(String url, String text) {
        try {
            String host = URI.create(url).getHost();
            if (host != null) {
                return host;
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the refusal below
        }
        throw new IllegalArgumentException("'%s' is not a URL with a server name".formatted(text.strip()));
    }
}
