package dev.plaza.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** Fetches images from the server as another server or a browser would: bytes, no cookies. */
final class Images {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Images() {
    }

    static HttpResponse<byte[]> get(WebServer server, String path, Optional<String> ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        ifNoneMatch.ifPresent(etag -> request.header("If-None-Match", etag));
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
