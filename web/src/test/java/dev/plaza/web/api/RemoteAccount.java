package dev.plaza.web.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** An account on a loopback server: its actor document, served to anyone; its inbox takes every POST. */
final class RemoteAccount implements AutoCloseable {

    private final HttpServer server;
    final String actorUri;

    private RemoteAccount(HttpServer server, String name) {
        this.server = server;
        this.actorUri = "http://127.0.0.1:%d/users/%s".formatted(server.getAddress().getPort(), name);
    }

    static RemoteAccount start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RemoteAccount account = new RemoteAccount(server, name);
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestMethod().equals("GET") && exchange.getRequestURI().getPath().equals("/users/" + name)
                        ? account.document(name).getBytes(StandardCharsets.UTF_8) : new byte[0];
                exchange.getResponseHeaders().add("Content-Type", "application/activity+json");
                exchange.sendResponseHeaders(body.length > 0 ? 200 : 202, body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return account;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String document(String name) {
        return """
                {"@context": "https://www.w3.org/ns/activitystreams", "id": "%s", "type": "Person",
                 "preferredUsername": "%s", "inbox": "%s/inbox"}""".formatted(actorUri, name, actorUri);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
