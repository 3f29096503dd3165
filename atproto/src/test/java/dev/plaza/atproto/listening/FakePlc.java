package dev.plaza.atproto.listening;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plaza.atproto.crypto.PublicKey;
import dev.plaza.atproto.syntax.Did;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A PLC directory on loopback for tests: DID documents by DID, and a switch to fail like a directory in trouble. */
final class FakePlc implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> documents = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    FakePlc() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Serves a document naming {@code key} as the account's #atproto signing key. */
    void publish(Did did, PublicKey key) {
        documents.put(did.value(), """
                {"id": "%1$s", "alsoKnownAs": ["at://someone.test"],
                 "verificationMethod": [{"id": "%1$s#atproto", "type": "Multikey", "controller": "%1$s",
                                         "publicKeyMultibase": "%2$s"}],
                 "service": [{"id": "#atproto_pds", "type": "AtprotoPersonalDataServer",
                              "serviceEndpoint": "https://pds.example"}]}
                """.formatted(did.value(), key.multikey()));
    }

    /** The next {@code count} requests are answered 503. */
    void failNext(int count) {
        failuresLeft.set(count);
    }

    int requestsFor(Did did) {
        return requests.getOrDefault(did.value(), new AtomicInteger()).get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String did = exchange.getRequestURI().getPath().substring(1);
        requests.computeIfAbsent(did, key -> new AtomicInteger()).incrementAndGet();
        String document = documents.get(did);
        int status = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? 503 : document == null ? 404 : 200;
        byte[] body = (status == 200 ? document : "{\"message\": \"DID not registered\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
