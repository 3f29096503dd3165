package dev.plaza.channels.mastodon.api;

import static java.util.Objects.requireNonNull;

import dev.plaza.net.GuardedHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Streams through the JDK's client after the guard checked the target (as Plaza's WebSocket listeners do):
 * http(s) only, no internal addresses, no redirects followed. A refusal carries the status and the start of
 * what the server said. A stream silent for longer than the idle timeout is closed.
 */
public final class GuardedStreamConnector implements StreamConnector {

    /** Mastodon's streaming server sends a heartbeat every few seconds; a minute of silence is a dead connection. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(1);

    private final GuardedHttpClient guard;
    private final HttpClient client;
    private final Duration idleTimeout;
    private final ScheduledExecutorService watchdogs = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());

    public GuardedStreamConnector(GuardedHttpClient guard, Duration connectTimeout) {
        this(guard, connectTimeout, DEFAULT_IDLE_TIMEOUT);
    }

    /** A stream that sends nothing for {@code idleTimeout} is closed, and its read fails. */
    public GuardedStreamConnector(GuardedHttpClient guard, Duration connectTimeout, Duration idleTimeout) {
        this.guard = requireNonNull(guard, "guard");
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.idleTimeout = requireNonNull(idleTimeout, "idleTimeout");
    }

    @Override
    public InputStream open(URI url, Map<String, String> headers) throws IOException {
        if (watchdogs.isShutdown()) {
            throw new IOException("the stream connector is closed; Plaza is stopping, so " + url + " is not opened");
        }
        guard.checkTarget(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().header("Accept", "text/event-stream");
        headers.forEach(request::header);
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to " + url, e);
        }
        if (response.statusCode() != 200) {
            String said;
            try (InputStream body = response.body()) {
                said = new String(body.readNBytes(300), StandardCharsets.UTF_8).strip();
            }
            throw new StreamRefusedException(response.statusCode(), "GET %s answered %d: %s".formatted(url,
                    response.statusCode(), said.isEmpty() ? "no explanation" : said));
        }
        return new IdleClosingStream(response.body(), idleTimeout, watchdogs);
    }

    /** Stops the idle timer and the HTTP client: open streams are no longer watched for silence. */
    @Override
    public void close() {
        watchdogs.shutdownNow();
        client.close();
    }
}
