package dev.plaza.channels.mastodon;

import dev.plaza.core.community.CommunityKind;
import dev.plaza.core.community.Platform;
import dev.plaza.core.ingest.CommunityRef;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** URIs from an archive are untrusted: only absolute http(s) URIs with a host are kept. */
public final class Uris {

    private static final int MAX_LENGTH = 2048;

    private Uris() {
    }

    public static Optional<String> http(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate.strip());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null
                    || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
                return Optional.empty();
            }
            return Optional.of(uri.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The lower-case host of an http(s) URI already accepted by {@link #http}. */
    public static String host(String httpUri) {
        return URI.create(httpUri).getHost().toLowerCase(Locale.ROOT);
    }

    /** A fediverse server is a community: the place where its accounts talk. */
    public static CommunityRef instance(String host) {
        return new CommunityRef(Platform.FEDIVERSE, CommunityKind.INSTANCE, host, Optional.of("https://" + host));
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
