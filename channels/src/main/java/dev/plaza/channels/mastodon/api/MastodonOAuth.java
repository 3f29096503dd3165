package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plaza.net.GuardedHttpClient;
import dev.plaza.net.Headers;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Connecting an account of a Mastodon-compatible instance (Mastodon docs, "OAuth" and "Obtaining client app
 * access"): register Plaza's app on the instance, send the person to the authorize URL with a state and a PKCE
 * S256 code challenge (RFC 7636 §4.2), and exchange the code they come back with for a token.
 */
public final class MastodonOAuth {

    public static final String CLIENT_NAME = "Plaza";
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private final GuardedHttpClient http;
    private final Pacer pacer;
    private final SecureRandom random;

    public MastodonOAuth(GuardedHttpClient http, Pacer pacer, SecureRandom random) {
        this.http = requireNonNull(http, "http");
        this.pacer = requireNonNull(pacer, "pacer");
        this.random = requireNonNull(random, "random");
    }

    /** "POST /api/v1/apps". {@code redirectUri} is where the instance sends the person back with the code. */
    public RegisteredApp register(Instance instance, URI redirectUri, Scopes scopes, URI website) {
        checkRedirect(redirectUri);
        ObjectNode body = Json.object()
                .put("client_name", CLIENT_NAME)
                .put("redirect_uris", redirectUri.toString())
                .put("scopes", scopes.joined())
                .put("website", website.toString());
        ApiHttp api = new ApiHttp(http, instance, Optional.empty(), pacer);
        JsonNode app = api.post("/api/v1/apps", body, Headers.empty()).json();
        String request = "POST " + instance.resolve("/api/v1/apps");
        String clientId = Json.text(app, "client_id")
                .orElseThrow(() -> MastodonApiException.unusable(request, "the registered app has no client_id"));
        String secret = Json.text(app, "client_secret")
                .orElseThrow(() -> MastodonApiException.unusable(request, "the registered app has no client_secret"));
        return new RegisteredApp(instance.base(), clientId, secret, redirectUri, scopes);
    }

    /** The URL of "GET /oauth/authorize" for the app, with a fresh state and PKCE verifier. */
    public Authorization authorize(RegisteredApp app) {
        String state = randomToken(24);
        String verifier = randomToken(48);
        URI url = URI.create(app.instance() + "/oauth/authorize?response_type=code"
                + "&client_id=" + encode(app.clientId())
                + "&redirect_uri=" + encode(app.redirectUri().toString())
                + "&scope=" + encode(app.scopes().joined())
                + "&state=" + encode(state)
                + "&code_challenge=" + codeChallenge(verifier)
                + "&code_challenge_method=S256");
        return new Authorization(url, state, verifier);
    }

    /** "POST /oauth/token" with grant_type authorization_code, the code and the PKCE verifier. */
    public AccessToken exchange(RegisteredApp app, String code, String codeVerifier) {
        if (code.isBlank() || code.length() > 512) {
            throw new IllegalArgumentException("the authorization code from the redirect is blank or too long");
        }
        ObjectNode body = Json.object()
                .put("grant_type", "authorization_code")
                .put("code", code)
                .put("client_id", app.clientId())
                .put("client_secret", app.clientSecret())
                .put("redirect_uri", app.redirectUri().toString())
                .put("code_verifier", codeVerifier)
                .put("scope", app.scopes().joined());
        Instance instance = new Instance(app.instance());
        JsonNode token = new ApiHttp(http, instance, Optional.empty(), pacer).post("/oauth/token", body, Headers.empty()).json();
        String request = "POST " + instance.resolve("/oauth/token");
        String value = Json.text(token, "access_token")
                .orElseThrow(() -> MastodonApiException.unusable(request, "the answer has no access_token"));
        Scopes granted = Json.text(token, "scope").map(Scopes::parse).orElse(app.scopes());
        Optional<Instant> created = token.path("created_at").canConvertToLong()
                ? Optional.of(Instant.ofEpochSecond(token.path("created_at").asLong())) : Optional.empty();
        return new AccessToken(value, granted, created);
    }

    /** RFC 7636 §4.2: BASE64URL(SHA-256(ASCII(code_verifier))). */
    static String codeChallenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return URL_SAFE.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private String randomToken(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return URL_SAFE.encodeToString(raw);
    }

    private static void checkRedirect(URI redirectUri) {
        boolean outOfBand = redirectUri.toString().equals("urn:ietf:wg:oauth:2.0:oob");
        boolean web = redirectUri.getScheme() != null && redirectUri.getHost() != null
                && (redirectUri.getScheme().equals("https") || redirectUri.getScheme().equals("http"))
                && redirectUri.getRawFragment() == null;
        if (!outOfBand && !web) {
            throw new IllegalArgumentException("the redirect URI must be an http(s) URL without a fragment, not " + redirectUri);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
