package dev.plaza.federation.peer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The smallest ActivityPub actor a Fedify server will deliver to: a static Person document with an RSA
 * publicKeyPem, and an inbox that accepts every POST and keeps it. Verifies nothing.
 */
final class TinyActor implements AutoCloseable {

    /** One request as it arrived; header names are lower case. */
    record Request(String method, String path, Map<String, List<String>> headers, String body) {
        boolean signed() {
            return headers.containsKey("signature") || headers.containsKey("signature-input");
        }
    }

    private final HttpServer server;
    private final URI origin;
    private final byte[] actorDocument;
    private final BlockingQueue<Request> inbox = new LinkedBlockingQueue<>();
    private final List<Request> actorFetches = new CopyOnWriteArrayList<>();

    private TinyActor(HttpServer server) {
        this.server = server;
        this.origin = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        this.actorDocument = actorDocument().getBytes(StandardCharsets.UTF_8);
        server.createContext("/actor", this::serveActor);
        server.createContext("/inbox", this::acceptDelivery);
        server.start();
    }

    static TinyActor start() throws IOException {
        return new TinyActor(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    URI actorUri() {
        return origin.resolve("/actor");
    }

    List<Request> actorFetches() {
        return List.copyOf(actorFetches);
    }

    Request awaitDelivery(Duration timeout) throws InterruptedException {
        Request request = inbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (request == null) {
            throw new AssertionError("no POST reached %s within %d s".formatted(origin.resolve("/inbox"), timeout.toSeconds()));
        }
        return request;
    }

    private void serveActor(HttpExchange exchange) throws IOException {
        actorFetches.add(read(exchange));
        exchange.getResponseHeaders().set("Content-Type", "application/activity+json");
        exchange.sendResponseHeaders(200, actorDocument.length);
        exchange.getResponseBody().write(actorDocument);
        exchange.close();
    }

    private void acceptDelivery(HttpExchange exchange) throws IOException {
        inbox.add(read(exchange));
        exchange.sendResponseHeaders(202, -1);
        exchange.close();
    }

    private static Request read(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body);
    }

    private String actorDocument() {
        ObjectNode actor = PeerControl.JSON.createObjectNode();
        actor.putArray("@context").add("https://www.w3.org/ns/activitystreams").add("https://w3id.org/security/v1");
        actor.put("id", actorUri().toString());
        actor.put("type", "Person");
        actor.put("preferredUsername", "tiny");
        actor.put("inbox", origin.resolve("/inbox").toString());
        ObjectNode key = actor.putObject("publicKey");
        key.put("id", actorUri() + "#main-key");
        key.put("owner", actorUri().toString());
        key.put("publicKeyPem", rsaPublicKeyPem());
        return actor.toString();
    }

    private static String rsaPublicKeyPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String base64 = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
            List<String> lines = new ArrayList<>();
            lines.add("-----BEGIN PUBLIC KEY-----");
            for (int i = 0; i < base64.length(); i += 64) {
                lines.add(base64.substring(i, Math.min(base64.length(), i + 64)));
            }
            lines.add("-----END PUBLIC KEY-----");
            return String.join("\n", lines) + "\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no RSA", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
