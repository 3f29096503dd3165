package dev.plaza.web;

import dev.plaza.core.PlazaException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@link TlsSettings}' PEM files into an in-memory key store for the HTTPS connector. */
final class PemKeyStore {

    private static final Pattern PKCS8 = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    /** A key store and the password of its one key entry. */
    record Loaded(KeyStore store, String password) {
    }

    private PemKeyStore() {
    }

    static Loaded load(TlsSettings tls) {
        List<? extends Certificate> chain = chain(tls.certificateChain());
        PrivateKey key = key(tls.privateKey(), chain.getFirst().getPublicKey().getAlgorithm());
        try {
            // The store never leaves memory; the password is only what the KeyStore API insists on.
            String password = "plaza";
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("plaza", key, password.toCharArray(), chain.toArray(Certificate[]::new));
            return new Loaded(store, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new PlazaException("cannot put the key %s and the certificates of %s into a key store: %s"
                    .formatted(tls.privateKey(), tls.certificateChain(), e.getMessage()), e);
        }
    }

    private static List<? extends Certificate> chain(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<? extends Certificate> chain = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
            if (chain.isEmpty()) {
                throw new PlazaException("%s holds no PEM certificate".formatted(file));
            }
            return chain;
        } catch (IOException | GeneralSecurityException e) {
            throw new PlazaException("cannot read the TLS certificate chain %s: %s".formatted(file, e.getMessage()), e);
        }
    }

    private static PrivateKey key(Path file, String algorithm) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new PlazaException("cannot read the TLS private key %s: %s".formatted(file, e.getMessage()), e);
        }
        Matcher block = PKCS8.matcher(pem);
        if (!block.find()) {
            throw new PlazaException(("%s holds no unencrypted PKCS#8 key (-----BEGIN PRIVATE KEY-----); convert it with "
                    + "`openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8`").formatted(file));
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(block.group(1));
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new PlazaException("%s is not a %s private key: %s".formatted(file, algorithm, e.getMessage()), e);
        }
    }
}
