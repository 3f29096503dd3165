package dev.plaza.web;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * The web server's own TLS: PEM files as a CA or certbot issues them.
 *
 * @param certificateChain the server certificate first, then any intermediates ({@code fullchain.pem})
 * @param privateKey       the certificate's key, unencrypted PKCS#8 ({@code BEGIN PRIVATE KEY}, {@code privkey.pem})
 */
public record TlsSettings(Path certificateChain, Path privateKey) {

    public TlsSettings {
        requireNonNull(certificateChain, "certificateChain");
        requireNonNull(privateKey, "privateKey");
    }
}
