package dev.plaza.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plaza.federation.signatures.ActorKeys;
import dev.plaza.federation.signatures.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Other fediverse servers on loopback addresses 127.0.0.2, 127.0.0.3, …, each serving its actors'
 * documents as Mastodon does (ActivityStreams JSON with an RSA-2048 {@code publicKey}). Actors share
 * a few key pairs, since generating hundreds of RSA keys would take longer than the benchmark; the
 * inbox verifies each request all the same. Counts the documents fetched.
 */
final class RemoteFleet implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One remote account: its actor IRI, its server's base URL, and the key it signs with. */
    record RemoteAuthor(String id, String server, String username, SigningKey key) {
    }

    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private final List<RemoteAuthor> authors;

    RemoteFleet(int serverCount, int actorCount, int keyCount) {
        List<KeyPair> keys = IntStream.range(0, keyCount).parallel().mapToObj(i -> ActorKeys.generateRsa()).toList();
        List<String> bases = new ArrayList<>();
        try {
            for (int s = 0; s < serverCount; s++) {
                String address = "127.0.0." + (2 + s);
                HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 1024);
                server.setExecutor(executor);
                server.createContext("/", this::serve);
                servers.add(server);
                bases.add("http://" + address + ":" + server.getAddress().getPort());
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("could not open the remote servers on 127.0.0.2+", e);
        }
        List<RemoteAuthor> made = new ArrayList<>(actorCount);
        for (int a = 0; a < actorCount; a++) {
            String base = bases.get(a % serverCount);
            String username = "user" + a;
            String id = base + "/users/" + username;
            KeyPair pair = keys.get(a % keyCount);
            made.add(new RemoteAuthor(id, base, username, new SigningKey(URI.create(id + "#main-key"), pair.getPrivate())));
            documents.put(URI.create(id).getPath() + "@" + base, actorDocument(id, username, pair));
        }
        this.authors = List.copyOf(made);
        servers.forEach(HttpServer::start);
    }

    List<RemoteAuthor> authors() {
        return authors;
    }

    int servers() {
        return servers.size();
    }

    /** Documents served so far: what Plaza fetched (actors, for their keys). */
    int fetches() {
        return fetches.get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String base = "http://" + exchange.getLocalAddress().getAddress().getHostAddress() + ":"
                    + exchange.getLocalAddress().getPort();
            byte[] document = documents.get(exchange.getRequestURI().getPath() + "@" + base);
            if (document == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            fetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/activity+json; charset=utf-8");
            exchange.sendResponseHeaders(200, document.length);
            exchange.getResponseBody().write(document);
        }
    }

    private static byte[] actorDocument(String id, String username, KeyPair keys) {
        ObjectNode doc = JSON.createObjectNode();
        doc.putArray("@context").add("https://www.w3.org/ns/activitystreams").add("https://w3id.org/security/v1");
        doc.put("id", id).put("type", "Person").put("preferredUsername", username).put("name", "User " + username)
                .put("inbox", id + "/inbox").put("outbox", id + "/outbox").put("followers", id + "/followers")
                .put("following", id + "/following").put("url", id.replace("/users/", "/@"));
        doc.putObject("endpoints").put("sharedInbox", id.substring(0, id.indexOf("/users/")) + "/inbox");
        doc.putObject("publicKey").put("id", id + "#main-key").put("owner", id)
                .put("publicKeyPem", ActorKeys.toPem(keys.getPublic()));
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        executor.close();
    }
}
