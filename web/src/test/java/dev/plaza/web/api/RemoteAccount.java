package dev.plaza.web.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * An account on a loopback server: its actor document and one Note ({@link #noteUri}), served to
 * anyone; its inbox takes every POST. Public, for the page tests too.
 */
public final class RemoteAccount implements AutoCloseable {

    private final HttpServer server;
    public final String actorUri;
    public final String noteUri;

    private RemoteAccount(HttpServer server, String name) {
        this.server = server;
        this.actorUri = "http://127.0.0.1:%d/users/%s".formatted(server.getAddress().getPort(), name);
        this.noteUri = actorUri + "/notes/1";
    }

    public static RemoteAccount start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RemoteAccount account = new RemoteAccount(server, name);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                boolean get = exchange.getRequestMethod().equals("GET");
                byte[] body = !get ? new byte[0] : path.equals("/users/" + name) ? account.document(name)
                        : path.equals("/users/" + name + "/notes/1") ? account.note() : new byte[0];
                exchange.getResponseHeaders().add("Content-Type", "application/activity+json");
                exchange.sendResponseHeaders(body.length > 0 ? 200 : get ? 404 : 202, body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return account;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code name@127.0.0.1:port}: the account's address, as Plaza shows it. */
    public String acct() {
        return actorUri.substring("http://".length()).replaceFirst("^(.*)/users/(.*)$", "$2@$1");
    }

    private byte[] document(String name) {
        return """
                {"@context": "https://www.w3.org/ns/activitystreams", "id": "%s", "type": "Person",
                 "preferredUsername": "%s", "inbox": "%s/inbox"}""".formatted(actorUri, name, actorUri)
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] note() {
        return """
                {"@context": "https://www.w3.org/ns/activitystreams", "id": "%s", "type": "Note",
                 "attributedTo": "%s", "content": "hello"}""".formatted(noteUri, actorUri).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
