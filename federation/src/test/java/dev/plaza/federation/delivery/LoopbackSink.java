package dev.plaza.federation.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plaza.federation.signatures.SignatureDialect;
import dev.plaza.federation.signatures.SignatureVerifier;
import dev.plaza.net.Headers;
import dev.plaza.net.SignableRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fediverse inboxes on 127.0.0.1: one HTTP server per "host" (each its own port, so its own circuit),
 * any path an inbox. Every request's signature is verified; an accepted one is recorded per inbox with
 * its activity id, so a test can tell a first delivery from a repeat.
 */
final class LoopbackSink implements AutoCloseable {

    /** What a host answers; {@code null} headers means none. */
    record Answer(int status, Map<String, String> headers) {
        static final Answer ACCEPTED = new Answer(202, Map.of());
    }

    @FunctionalInterface
    interface Behaviour {
        Answer answer(URI inbox, SignatureDialect dialect);
    }

    record Received(String activityId, SignatureDialect dialect) {
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final List<HttpServer> servers = new ArrayList<>();
    private final SignatureVerifier verifier;
    private final Map<Integer, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Map<URI, List<Received>> accepted = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();

    LoopbackSink(int hosts, SignatureVerifier verifier) throws IOException {
        this.verifier = verifier;
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < hosts; i++) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
            server.createContext("/", this::handle);
            server.setExecutor(executor);
            server.start();
            servers.add(server);
        }
    }

    /** An inbox on the n-th host. */
    URI inbox(int host, String path) {
        return URI.create("http://127.0.0.1:" + port(host) + path);
    }

    int port(int host) {
        return servers.get(host).getAddress().getPort();
    }

    String hostKey(int host) {
        return "127.0.0.1:" + port(host);
    }

    void behave(int host, Behaviour behaviour) {
        behaviours.put(port(host), behaviour);
    }

    List<Received> receivedAt(URI inbox) {
        return accepted.getOrDefault(inbox, List.of());
    }

    Map<URI, List<Received>> received() {
        return accepted;
    }

    int requests() {
        return requests.get();
    }

    int badSignatures() {
        return badSignatures.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            int port = exchange.getLocalAddress().getPort();
            URI inbox = URI.create("http://127.0.0.1:" + port + exchange.getRequestURI());
            SignatureDialect dialect;
            try {
                dialect = verifier.verify(new SignableRequest(exchange.getRequestMethod(), inbox,
                        Headers.of(exchange.getRequestHeaders()), body)).dialect();
            } catch (RuntimeException e) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Answer answer = Optional.ofNullable(behaviours.get(port)).map(b -> b.answer(inbox, dialect))
                    .orElse(Answer.ACCEPTED);
            if (answer.status() >= 200 && answer.status() < 300) {
                Matcher id = ID.matcher(new String(body, StandardCharsets.UTF_8));
                accepted.computeIfAbsent(inbox, k -> new CopyOnWriteArrayList<>())
                        .add(new Received(id.find() ? id.group(1) : "?", dialect));
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(answer.status(), -1);
        }
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
    }
}
