package dev.plaza.atproto.xrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A bearer token as a PDS issues it: a JWT whose payload is read for its expiry, issue time and
 * subject. The signature is the issuer's business and is not checked. A token that is not a readable
 * JWT is kept as it is, with no known expiry. {@link #toString()} never shows the token.
 */
public final class Jwt {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Secret token;
    private final Optional<Instant> expiresAt;
    private final Optional<Instant> issuedAt;
    private final Optional<String> subject;

    private Jwt(Secret token, Optional<Instant> expiresAt, Optional<Instant> issuedAt, Optional<String> subject) {
        this.token = token;
        this.expiresAt = expiresAt;
        this.issuedAt = issuedAt;
        this.subject = subject;
    }

    public static Jwt of(String token) {
        Optional<JsonNode> claims = payload(token);
        return new Jwt(Secret.of(token), claims.flatMap(c -> instant(c, "exp")), claims.flatMap(c -> instant(c, "iat")),
                claims.map(c -> c.path("sub")).filter(JsonNode::isTextual).map(JsonNode::asText));
    }

    /** The token itself, for the Authorization header. */
    public String reveal() {
        return token.reveal();
    }

    /** The "exp" claim (RFC 7519 §4.1.4). */
    public Optional<Instant> expiresAt() {
        return expiresAt;
    }

    /** The "iat" claim (RFC 7519 §4.1.6). */
    public Optional<Instant> issuedAt() {
        return issuedAt;
    }

    /** The "sub" claim: the account's DID in tokens a PDS issues. */
    public Optional<String> subject() {
        return subject;
    }

    private static Optional<JsonNode> payload(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return claims != null && claims.isObject() ? Optional.of(claims) : Optional.empty();
        } catch (IllegalArgumentException | IOException notAJwt) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(JsonNode claims, String name) {
        JsonNode seconds = claims.path(name);
        return seconds.isNumber() ? Optional.of(Instant.ofEpochSecond(seconds.asLong())) : Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Jwt that && token.equals(that.token);
    }

    @Override
    public int hashCode() {
        return token.hashCode();
    }

    @Override
    public String toString() {
        return "JWT[redacted" + subject.map(s -> ", sub " + s).orElse("")
                + expiresAt.map(e -> ", expires " + e).orElse("") + "]";
    }
}
