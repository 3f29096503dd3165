package dev.plaza.channels.feeds;

import dev.plaza.core.community.Channel;
import dev.plaza.core.community.ChannelKind;
import dev.plaza.core.community.Platform;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The brand's own web sites, as accounts the goal matcher knows: a feed item that links to one of them
 * points at the brand, as a mention does. The sites are the hosts of the workspace's owned RSS and
 * forum channels (its blog's feed, its forum); hosts shared by many brands, such as YouTube's or a
 * fediverse server's, are never among them. A site is named {@code site:host}, "www." left off.
 */
public final class BrandSites {

    private static final Set<Platform> SITES = Set.of(Platform.RSS, Platform.FORUM);

    private BrandSites() {
    }

    public static Set<String> of(Collection<Channel> channels) {
        return channels.stream()
                .filter(c -> c.kind() == ChannelKind.OWNED && SITES.contains(c.platform()))
                .flatMap(c -> account(c.handle()).stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The site a web link goes to, as an account; empty for anything but an http(s) URL with a host. */
    static Optional<String> account(String link) {
        try {
            URI uri = URI.create(link.strip());
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return Optional.of("site:" + (host.startsWith("www.") ? host.substring(4) : host));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
