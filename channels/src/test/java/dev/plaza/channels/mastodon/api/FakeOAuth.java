package dev.plaza.channels.mastodon.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The OAuth side of {@link FakeMastodon}: one registered app, codes bound to their PKCE challenge, one token. */
final class FakeOAuth {

    /** What to answer: a status and a body, of the contract's {@code definition}. */
    record Answer(int status, String definition, JsonNode body) {
    }

    private final Map<String, String> codeChallenges = new ConcurrentHashMap<>();
    private volatile String clientId = "";
    private volatile String clientSecret = "";

    Answer register(JsonNode asked) {
        clientId = "client-" + Math.abs(asked.hashCode());
        clientSecret = "secret-" + Math.abs(asked.hashCode());
        ObjectNode app = Fixtures.JSON.createObjectNode().put("id", "563419").put("name", asked.path("client_name").asText())
                .put("website", asked.path("website").asText()).put("redirect_uri", asked.path("redirect_uris").asText())
                .put("client_id", clientId).put("client_secret", clientSecret).put("client_secret_expires_at", 0)
                .put("vapid_key", "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=");
        ArrayNode scopes = app.putArray("scopes");
        for (String scope : asked.path("scopes").asText("read").split(" ")) {
            scopes.add(scope);
        }
        app.putArray("redirect_uris").add(asked.path("redirect_uris").asText());
        return new Answer(200, "CredentialApplication", app);
    }

    /** A code the person got by approving Plaza on the authorize page, bound to the PKCE challenge of its URL. */
    String approve(String codeChallenge) {
        String code = "code-" + codeChallenges.size();
        codeChallenges.put(code, codeChallenge);
        return code;
    }

    Answer token(JsonNode asked, String token, Instant now) {
        String challenge = codeChallenges.remove(asked.path("code").asText());
        if (challenge == null || !asked.path("client_id").asText().equals(clientId)
                || !asked.path("client_secret").asText().equals(clientSecret)) {
            return invalidGrant("The provided authorization grant is invalid, expired, revoked, does not match the "
                    + "redirection URI used in the authorization request, or was issued to another client.");
        }
        if (!s256(asked.path("code_verifier").asText()).equals(challenge)) {
            return invalidGrant("The code verifier does not match the code challenge.");
        }
        return new Answer(200, "Token", Fixtures.JSON.createObjectNode().put("access_token", token).put("token_type", "Bearer")
                .put("scope", asked.path("scope").asText("read")).put("created_at", now.getEpochSecond()));
    }

    private static Answer invalidGrant(String description) {
        return new Answer(400, "Error", Fixtures.JSON.createObjectNode().put("error", "invalid_grant")
                .put("error_description", description));
    }

    static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
