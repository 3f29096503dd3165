package dev.plaza.federation.peer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How to start the Fedify peer. The defaults: plain HTTP on 127.0.0.1, RFC 9421 first, Fedify logging
 * at warning (debug when the system property {@code plaza.peer.debug} is true or PEER_DEBUG=1).
 *
 * @param tls      serve HTTPS with this certificate chain and key (PEM); the Java side trusts the chain
 * @param host     the host name alice claims in her origin ("localhost" matches a test CA's DNS SAN)
 * @param env      more environment for node, e.g. NODE_EXTRA_CA_CERTS so that the peer trusts Plaza
 */
public record PeerOptions(Optional<Tls> tls, String host, SignatureSpec firstKnock, boolean debug, Map<String, String> env) {

    /** A PEM certificate (chain) and its PEM private key. */
    public record Tls(Path certificate, Path privateKey) {
        public Tls {
            requireNonNull(certificate, "certificate");
            requireNonNull(privateKey, "privateKey");
        }
    }

    public PeerOptions {
        requireNonNull(tls, "tls");
        requireNonNull(host, "host");
        requireNonNull(firstKnock, "firstKnock");
        env = Map.copyOf(env);
    }

    public static PeerOptions defaults() {
        boolean debug = Boolean.getBoolean("plaza.peer.debug") || "1".equals(System.getenv("PEER_DEBUG"));
        return new PeerOptions(Optional.empty(), "127.0.0.1", SignatureSpec.RFC_9421, debug, Map.of());
    }

    public PeerOptions withTls(Path certificate, Path privateKey) {
        return new PeerOptions(Optional.of(new Tls(certificate, privateKey)), host, firstKnock, debug, env);
    }

    /** HTTPS with the test CA's server certificate, and node trusting that CA (so that it can fetch from Plaza). */
    public PeerOptions withHttps(TestCa ca) {
        return withTls(ca.serverChainPem(), ca.serverKeyPem())
                .withEnv("NODE_EXTRA_CA_CERTS", ca.certificatePem().toAbsolutePath().toString());
    }

    public PeerOptions withHost(String newHost) {
        return new PeerOptions(tls, newHost, firstKnock, debug, env);
    }

    public PeerOptions withFirstKnock(SignatureSpec spec) {
        return new PeerOptions(tls, host, spec, debug, env);
    }

    public PeerOptions withDebug() {
        return new PeerOptions(tls, host, firstKnock, true, env);
    }

    public PeerOptions withEnv(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(env);
        more.put(name, value);
        return new PeerOptions(tls, host, firstKnock, debug, more);
    }

    String scheme() {
        return tls.isPresent() ? "https" : "http";
    }
}
