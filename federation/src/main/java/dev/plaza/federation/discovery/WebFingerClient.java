package dev.plaza.federation.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plaza.federation.FederationException;
import dev.plaza.federation.http.FetchedResponse;
import dev.plaza.federation.http.GuardedHttpClient;
import dev.plaza.federation.signatures.Headers;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the actor behind a handle ({@code @user@host} or {@code acct:user@host}) with WebFinger
 * (RFC 7033) on the handle's host: the link with {@code rel="self"} and an ActivityStreams type.
 */
public final class WebFingerClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HANDLE = Pattern.compile("(?:acct:)?@?([\\p{L}\\p{N}_.\\-]+)@([A-Za-z0-9.\\-]+(?::\\d{1,5})?)");

    private final GuardedHttpClient client;
    private final String scheme;

    /** {@code scheme} is https; http only for tests whose peers serve plain HTTP on loopback. */
    public WebFingerClient(GuardedHttpClient client, String scheme) {
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("WebFinger runs over https (or http in tests), not " + scheme);
        }
        this.client = client;
        this.scheme = scheme;
    }

    /** Whether {@code text} is a handle this client can look up. */
    public static boolean isHandle(String text) {
        return HANDLE.matcher(text.strip()).matches();
    }

    /** The actor URI of {@code handle}; a FederationException says why when there is none. */
    public URI actorOf(String handle) {
        Matcher m = HANDLE.matcher(handle.strip());
        if (!m.matches()) {
            throw new FederationException("'%s' is not a handle like @user@example.social".formatted(handle));
        }
        String host = m.group(2).toLowerCase(Locale.ROOT);
        String resource = "acct:" + m.group(1) + "@" + host;
        URI url = URI.create(scheme + "://" + host + "/.well-known/webfinger?resource="
                + URLEncoder.encode(resource, StandardCharsets.UTF_8));
        FetchedResponse response = client.get(url, Headers.of("Accept", "application/jrd+json, application/json"));
        if (response.status() == 404) {
            throw new FederationException("%s has no account %s".formatted(host, resource));
        }
        if (!response.isSuccess()) {
            throw new FederationException("WebFinger for %s answered %d".formatted(resource, response.status()));
        }
        return selfLink(resource, response.body());
    }

    private static URI selfLink(String resource, byte[] body) {
        JsonNode jrd;
        try {
            jrd = JSON.readTree(body);
        } catch (IOException e) {
            throw new FederationException("WebFinger for %s did not answer JSON: %s".formatted(resource, e.getMessage()));
        }
        for (JsonNode link : jrd.path("links")) {
            String type = link.path("type").asText("");
            if (link.path("rel").asText("").equals("self") && (type.startsWith("application/activity+json")
                    || type.startsWith("application/ld+json")) && link.path("href").isTextual()) {
                URI href = URI.create(link.path("href").asText());
                if (!"https".equals(href.getScheme()) && !"http".equals(href.getScheme())) {
                    throw new FederationException("WebFinger for %s links to %s".formatted(resource, href));
                }
                return href;
            }
        }
        throw new FederationException("WebFinger for %s names no ActivityPub actor".formatted(resource));
    }
}
