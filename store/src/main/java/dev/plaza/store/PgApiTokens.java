package dev.plaza.store;

import dev.plaza.core.NotFoundException;
import dev.plaza.core.team.ApiToken;
import dev.plaza.core.team.ApiTokens;
import dev.plaza.core.team.IssuedToken;
import dev.plaza.core.team.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Tokens are 256 random bits with a {@code plz_} prefix (so secret scanners can spot them); only
 * their SHA-256 is stored, which is enough for a secret with that much entropy.
 */
final class PgApiTokens implements ApiTokens {

    private static final String PREFIX = "plz_";
    private final Jdbi jdbi;
    private final SecureRandom random = new SecureRandom();

    PgApiTokens(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public IssuedToken create(long workspaceId, String name, Role role) {
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a token needs a name of 1 to 100 characters");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO api_token (workspace_id, name, role, prefix, secret_hash)
                        VALUES (:w, :name, :role, :prefix, :hash) RETURNING *""")
                .bind("w", workspaceId).bind("name", name.strip()).bind("role", role.key())
                .bind("prefix", secret.substring(0, 10)).bind("hash", sha256(secret))
                .map(Rows.API_TOKEN).one());
        return new IssuedToken(token, secret);
    }

    @Override
    public List<ApiToken> list(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_token WHERE workspace_id = :w ORDER BY id")
                .bind("w", workspaceId).map(Rows.API_TOKEN).list());
    }

    @Override
    public Optional<ApiToken> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("""
                        UPDATE api_token SET last_used_at = now()
                        WHERE secret_hash = :hash AND revoked_at IS NULL RETURNING *""")
                .bind("hash", sha256(secret)).map(Rows.API_TOKEN).findOne());
    }

    @Override
    public void revoke(long workspaceId, long tokenId) {
        int updated = jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE api_token SET revoked_at = coalesce(revoked_at, now()) WHERE workspace_id = :w AND id = :id""")
                .bind("w", workspaceId).bind("id", tokenId).execute());
        if (updated == 0) {
            throw new NotFoundException("API token", tokenId);
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
