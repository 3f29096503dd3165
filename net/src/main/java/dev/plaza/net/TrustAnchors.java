package dev.plaza.net;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The TLS context of the outbound client when more CAs than the JVM's are trusted ({@link GuardSettings#extraTrustAnchors()}). */
final class TrustAnchors {

    private TrustAnchors() {
    }

    /** Trusts the JVM's default CAs and {@code extra}, and nothing else. */
    static SSLContext jvmDefaultsAnd(List<X509Certificate> extra) {
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            int n = 0;
            for (X509Certificate ca : jvmDefaults()) {
                anchors.setCertificateEntry("jvm-" + n++, ca);
            }
            for (X509Certificate ca : extra) {
                anchors.setCertificateEntry("extra-" + n++, ca);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a TLS context trusting %d extra CA(s): %s"
                    .formatted(extra.size(), e.getMessage()), e);
        }
    }

    private static List<X509Certificate> jvmDefaults() throws GeneralSecurityException {
        TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        defaults.init((KeyStore) null);
        for (TrustManager manager : defaults.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return List.of(x509.getAcceptedIssuers());
            }
        }
        throw new IllegalStateException("the JVM has no X.509 trust manager to start from");
    }
}
