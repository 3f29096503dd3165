package dev.plaza.federation.discovery;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.federation.FederationException;
import dev.plaza.net.FetchedResponse;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the actor behind a handle on another server (RFC 7033): asks
 * {@code https://HOST/.well-known/webfinger?resource=acct:NAME@HOST} and takes the {@code self} link
 * of ActivityStreams type. The answer must be about the handle asked for: its subject, or one of its
 * aliases, is that {@code acct:} URI. Always over HTTPS, as the RFC requires and other servers do.
 */
public final class WebFingerClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Headers ACCEPT = Headers.of("Accept", "application/jrd+json, application/json");
    private static final Pattern ACTIVITY_STREAMS = Pattern.compile(
            "application/activity\\+json|application/ld\\+json\\s*;\\s*profile=\"https://www\\.w3\\.org/ns/activitystreams\"");

    private final GuardedHttpClient http;

    public WebFingerClient(GuardedHttpClient http) {
        this.http = requireNonNull(http, "http");
    }

    /** The actor URL the handle's server names for it; a {@link FederationException} says why there is none. */
    public URI resolve(Handle handle) {
        URI lookup = URI.create("https://%s/.well-known/webfinger?resource=%s"
                .formatted(handle.host(), URLEncoder.encode(handle.acct(), StandardCharsets.UTF_8)));
        FetchedResponse response = http.get(lookup, ACCEPT);
        if (!response.isSuccess()) {
            throw new FederationException("WebFinger for %s answered %d".formatted(handle, response.status()));
        }
        JsonNode jrd = parse(response, handle);
        if (!about(jrd, handle)) {
            throw new FederationException("WebFinger for %s answered about %s instead"
                    .formatted(handle, jrd.path("subject").asText("nobody")));
        }
        return self(jrd).orElseThrow(() -> new FederationException(
                "WebFinger for %s names no ActivityStreams actor (no rel=self link of type application/activity+json)"
                        .formatted(handle)));
    }

    private static JsonNode parse(FetchedResponse response, Handle handle) {
        try {
            JsonNode jrd = JSON.readTree(response.body());
            if (jrd == null || !jrd.isObject()) {
                throw new FederationException("WebFinger for %s answered something other than a JSON object".formatted(handle));
            }
            return jrd;
        } catch (IOException e) {
            throw new FederationException("WebFinger for %s answered malformed JSON: %s".formatted(handle, e.getMessage()), e);
        }
    }

    private static boolean about(JsonNode jrd, Handle handle) {
        String asked = handle.acct().toLowerCase(Locale.ROOT);
        if (jrd.path("subject").asText("").toLowerCase(Locale.ROOT).equals(asked)) {
            return true;
        }
        for (JsonNode alias : jrd.path("aliases")) {
            if (alias.asText("").toLowerCase(Locale.ROOT).equals(asked)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<URI> self(JsonNode jrd) {
        for (JsonNode link : jrd.path("links")) {
            String type = link.path("type").asText("").strip();
            String href = link.path("href").asText("");
            if ("self".equals(link.path("rel").asText()) && ACTIVITY_STREAMS.matcher(type).matches() && isHttpUrl(href)) {
                return Optional.of(URI.create(href));
            }
        }
        return Optional.empty();
    }

    private static boolean isHttpUrl(String href) {
        try {
            URI uri = new URI(href);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
