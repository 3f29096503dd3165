package dev.plaza.federation.signatures;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where RSA signatures are computed and checked. A fan-out signs one request per inbox, and the
 * JDK's RSA-2048 private-key operation was its largest cost (docs/benchmarks.md); AWS-LC, through
 * the Amazon Corretto Crypto Provider, signs the same bytes several times faster and checks an
 * inbound signature in half the JDK's time. Its native library ships for Linux on x86-64;
 * elsewhere, or if it fails its self-tests, the JDK does both.
 */
final class SigningProvider {

    private static final Logger LOG = LoggerFactory.getLogger(SigningProvider.class);

    /** Decided once per process: the library either loads or it does not. */
    private static final Optional<Provider> NATIVE = load();

    private SigningProvider() {
    }

    static Optional<Provider> rsa() {
        return NATIVE;
    }

    /**
     * An RSA key in the provider's own form. Converted once per key (a signing key, a cached public
     * key) instead of at every signature, where converting a private key costs twice the signature.
     */
    @SuppressWarnings("unchecked")
    static <K extends Key> K prepared(K key) {
        if (NATIVE.isEmpty() || !"RSA".equals(key.getAlgorithm())) {
            return key;
        }
        try {
            Key translated = KeyFactory.getInstance("RSA", NATIVE.get()).translateKey(key);
            return key instanceof PrivateKey == translated instanceof PrivateKey ? (K) translated : key;
        } catch (GeneralSecurityException e) {
            LOG.debug("the key stays the JDK's: {}", e.toString());
            return key;
        }
    }

    private static Optional<Provider> load() {
        try {
            AmazonCorrettoCryptoProvider provider = AmazonCorrettoCryptoProvider.INSTANCE;
            Throwable loading = provider.getLoadingError();
            if (loading != null) {
                LOG.info("RSA signatures use the JDK: AWS-LC did not load ({})", loading.toString());
                return Optional.empty();
            }
            provider.assertHealthy();
            LOG.debug("RSA signatures use AWS-LC {}", provider.getVersionStr());
            return Optional.of(provider);
        } catch (RuntimeException | LinkageError e) {
            LOG.info("RSA signatures use the JDK: AWS-LC is not usable here ({})", e.toString());
            return Optional.empty();
        }
    }
}
