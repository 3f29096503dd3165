package dev.plaza.atproto.xrpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.atproto.syntax.Did;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private static final String CLAIMS = "{\"scope\":\"com.atproto.appPass\",\"sub\":\"did:plc:abcdefghijklmnopqrstuvwx\","
            + "\"iat\":1740830400,\"exp\":1740837600}";
    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(CLAIMS.getBytes(StandardCharsets.UTF_8)) + ".c2ln";

    @Test
    void aJwtIsReadForItsExpiryIssueTimeAndSubject() {
        Jwt jwt = Jwt.of(TOKEN);

        assertThat(jwt.expiresAt()).contains(Instant.parse("2025-03-01T14:00:00Z"));
        assertThat(jwt.issuedAt()).contains(Instant.parse("2025-03-01T12:00:00Z"));
        assertThat(jwt.subject()).contains("did:plc:abcdefghijklmnopqrstuvwx");
        assertThat(jwt.reveal()).isEqualTo(TOKEN);
    }

    @Test
    void aTokenThatIsNotAReadableJwtHasNoKnownExpiry() {
        assertThat(Jwt.of("opaque-token").expiresAt()).isEmpty();
        assertThat(Jwt.of("a.%%%.c").expiresAt()).isEmpty();
        assertThat(Jwt.of("a." + Base64.getUrlEncoder().encodeToString("[1]".getBytes(StandardCharsets.UTF_8)) + ".c")
                .expiresAt()).isEmpty();
    }

    @Test
    void tokensAndPasswordsNeverShowInToString() {
        AppPassword credentials = AppPassword.of("brand.test", "abcd-efgh-ijkl-mnop");
        StoredSession session = new StoredSession(Did.parse("did:plc:abcdefghijklmnopqrstuvwx"), "brand.test",
                URI.create("https://pds.example"), Jwt.of(TOKEN), Jwt.of("refresh-token-value"));

        assertThat(credentials.toString()).doesNotContain("abcd-efgh-ijkl-mnop").contains("brand.test");
        assertThat(session.toString()).doesNotContain(TOKEN).doesNotContain("refresh-token-value")
                .contains("did:plc:abcdefghijklmnopqrstuvwx");
        assertThat(Jwt.of(TOKEN).toString()).isEqualTo("JWT[redacted, sub did:plc:abcdefghijklmnopqrstuvwx, expires 2025-03-01T14:00:00Z]");
        assertThat(Secret.of("hunter2").toString()).isEqualTo("[redacted]");
    }

    @Test
    void secretsAreEqualByValue() {
        assertThat(Secret.of("hunter2")).isEqualTo(Secret.of("hunter2")).isNotEqualTo(Secret.of("hunter3"));
        assertThat(Jwt.of(TOKEN)).isEqualTo(Jwt.of(TOKEN)).isNotEqualTo(Jwt.of("other"));
    }
}
