package dev.plaza.federation.peer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.plaza.federation.signatures.ActorKeys;
import dev.plaza.net.SignableRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Asks {@code @misskey-dev/node-http-message-signatures} (test-peers/fedify/verify-signature.mjs under
 * the peer's Node 22) whether a signed request verifies, as a receiving server would see it at {@code now}.
 * Installs the peer's packages on first use, like {@link FedifyPeer}.
 */
public final class MisskeyVerifier {

    private static final long TIMEOUT_SECONDS = 30;

    private MisskeyVerifier() {
    }

    public static MisskeyVerdict verify(SignableRequest request, PublicKey key, Instant now) {
        Path dir = PeerInstall.fedifyDir();
        String answer = run(dir, input(request, key, now));
        try {
            JsonNode verdict = PeerControl.JSON.readTree(answer);
            return new MisskeyVerdict(verdict.path("verified").asBoolean(),
                    Optional.ofNullable(verdict.path("dialect").textValue()),
                    verdict.path("digestOk").asBoolean(),
                    Optional.ofNullable(verdict.path("error").textValue()));
        } catch (JsonProcessingException e) {
            throw new FedifyPeerException("verify-signature.mjs answered something other than JSON: " + answer, e);
        }
    }

    private static String input(SignableRequest request, PublicKey key, Instant now) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().names().forEach(name -> headers.put(name, request.headers().combined(name).orElseThrow()));
        // The HTTP client adds Host on the wire when a signer did not set it, so a server always has one.
        headers.putIfAbsent("host", request.authority());
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("method", request.method());
        input.put("url", request.uri().toString());
        input.put("headers", headers);
        input.put("body", new String(request.body(), StandardCharsets.UTF_8));
        input.put("publicKeyPem", ActorKeys.toPem(key));
        input.put("now", now.toString());
        try {
            return PeerControl.JSON.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the request as JSON: " + e.getMessage(), e);
        }
    }

    private static String run(Path dir, String input) {
        Process process;
        try {
            process = new ProcessBuilder(PeerInstall.node(dir).toString(), "verify-signature.mjs").directory(dir.toFile()).start();
        } catch (IOException e) {
            throw new FedifyPeerException("could not start %s verify-signature.mjs in %s: %s".formatted(PeerInstall.node(dir), dir, e), e);
        }
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> text(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            process.destroyForcibly();
            throw new FedifyPeerException("could not hand the request to verify-signature.mjs: " + e.getMessage(), e);
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new FedifyPeerException("verify-signature.mjs ran over %d s".formatted(TIMEOUT_SECONDS));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new FedifyPeerException("interrupted while verify-signature.mjs ran", e);
        }
        if (process.exitValue() != 0) {
            throw new FedifyPeerException("verify-signature.mjs failed (exit %d):%n%s".formatted(process.exitValue(), stderr.join()));
        }
        return stdout.join();
    }

    private static String text(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
