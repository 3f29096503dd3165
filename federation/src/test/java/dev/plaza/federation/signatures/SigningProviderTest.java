package dev.plaza.federation.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SigningProviderTest {

    @Test
    void awsLcSignsOnLinuxX86() {
        boolean linuxX86 = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
                && System.getProperty("os.arch").matches("amd64|x86_64");
        assertThat(SigningProvider.rsa().isPresent()).isEqualTo(linuxX86);
    }

    @Test
    void rsaSignaturesAreTheBytesTheJdkWouldMakeAndItVerifies() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        byte[] data = "(request-target): post /inbox\nhost: b.example".getBytes(StandardCharsets.UTF_8);

        byte[] signed = KeyType.RSA.sign(pair.getPrivate(), data);

        Signature jdk = Signature.getInstance("SHA256withRSA", "SunRsaSign");
        jdk.initSign(pair.getPrivate());
        jdk.update(data);
        assertThat(signed).isEqualTo(jdk.sign()); // RSASSA-PKCS1-v1_5 is deterministic
        assertThat(KeyType.RSA.verify(pair.getPublic(), data, signed)).isTrue();
        SigningKey prepared = new SigningKey(java.net.URI.create("https://plaza.example/users/brand#main-key"), pair.getPrivate());
        assertThat(KeyType.RSA.sign(prepared.privateKey(), data)).as("the provider's own key signs the same bytes").isEqualTo(signed);
        ResolvedKey resolved = new ResolvedKey(prepared.keyId(), java.net.URI.create("https://plaza.example/users/brand"),
                pair.getPublic());
        assertThat(KeyType.RSA.verify(resolved.publicKey(), data, signed)).isTrue();
        signed[10] ^= 1;
        assertThat(KeyType.RSA.verify(resolved.publicKey(), data, signed)).as("a changed signature").isFalse();
    }
}
