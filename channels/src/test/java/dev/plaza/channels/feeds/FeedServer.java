package dev.plaza.channels.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.plaza.net.GuardSettings;
import dev.plaza.net.GuardedHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/** A feed host on 127.0.0.1 for a test class, and a guarded client that may reach it. */
final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final GuardedHttpClient http = new GuardedHttpClient(GuardSettings.forLoopbackTests());

    FeedServer(Map<String, HttpHandler> routes) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        routes.forEach(server::createContext);
        server.start();
    }

    GuardedHttpClient http() {
        return http;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static void answer(HttpExchange exchange, int status, Map<String, String> headers, byte[] body) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        http.close();
        server.stop(0);
    }
}
