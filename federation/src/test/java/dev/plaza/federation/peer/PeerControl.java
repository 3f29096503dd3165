package dev.plaza.federation.peer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** JSON over HTTP to the peer's /control/ endpoints; a refusal becomes a {@link FedifyPeerException}. */
final class PeerControl {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI origin;

    PeerControl(URI origin, Optional<PeerOptions.Tls> tls) {
        this.origin = origin;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
        tls.ifPresent(t -> builder.sslContext(trusting(t.certificate())));
        this.http = builder.build();
    }

    HttpClient http() {
        return http;
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(origin.resolve(path)).GET(), "GET " + path);
    }

    JsonNode post(String path, Object body) {
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new FedifyPeerException("cannot write %s as JSON for POST %s".formatted(body, path), e);
        }
        return send(HttpRequest.newBuilder(origin.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)), "POST " + path + " " + text);
    }

    private JsonNode send(HttpRequest.Builder request, String what) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(CALL_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FedifyPeerException("the Fedify peer did not answer %s: %s".formatted(what, e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FedifyPeerException("interrupted during " + what, e);
        }
        JsonNode body = parse(response.body(), what);
        if (response.statusCode() != 200) {
            throw new FedifyPeerException("the Fedify peer refused %s (HTTP %d): %s"
                    .formatted(what, response.statusCode(), body.path("error").asText(response.body())));
        }
        return body;
    }

    private static JsonNode parse(String body, String what) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new FedifyPeerException("the Fedify peer answered %s with non-JSON: %s".formatted(what, body), e);
        }
    }

    /** Trusts exactly the certificates in the PEM file the peer serves (a leaf or a test CA chain). */
    private static SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("peer-" + i++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new FedifyPeerException("cannot trust the peer's certificate %s: %s".formatted(pem, e.getMessage()), e);
        }
    }
}
