package dev.plaza.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plaza.core.PlazaException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private final SecretBox box = new SecretBox("a-long-enough-secret-key");

    @Test
    void sealedCredentialsOpenWithTheSameKey() {
        byte[] sealed = box.seal("token-123");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("token-123");
        assertThat(box.open(sealed)).isEqualTo("token-123");
    }

    @Test
    void sealingTwiceGivesDifferentCiphertexts() {
        assertThat(box.seal("same")).isNotEqualTo(box.seal("same"));
    }

    @Test
    void anotherKeyOrATamperedValueDoesNotOpen() {
        byte[] sealed = box.seal("token-123");
        assertThatThrownBy(() -> new SecretBox("another-secret-key-xyz").open(sealed))
                .isInstanceOf(PlazaException.class).hasMessageContaining("secret key");

        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> box.open(sealed)).isInstanceOf(PlazaException.class);
    }

    @Test
    void shortKeysAreRefused() {
        assertThatThrownBy(() -> new SecretBox("short")).hasMessageContaining("at least 16");
    }
}
