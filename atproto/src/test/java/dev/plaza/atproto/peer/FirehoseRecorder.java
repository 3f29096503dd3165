package dev.plaza.atproto.peer;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Keeps every frame of a PDS's com.atproto.sync.subscribeRepos WebSocket, as raw bytes (header and body, DAG-CBOR). */
final class FirehoseRecorder implements WebSocket.Listener, AutoCloseable {

    private final List<byte[]> frames = new ArrayList<>();
    private final List<String> textFrames = new ArrayList<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final WebSocket socket;

    private FirehoseRecorder(URI pds, long cursor) {
        URI uri = URI.create("ws://%s/xrpc/com.atproto.sync.subscribeRepos?cursor=%d".formatted(pds.getAuthority(), cursor));
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, this)
                .orTimeout(20, TimeUnit.SECONDS)
                .join();
    }

    static FirehoseRecorder subscribe(URI pds, long cursor) {
        return new FirehoseRecorder(pds, cursor);
    }

    @Override
    public synchronized CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        partial.writeBytes(chunk);
        if (last) {
            frames.add(partial.toByteArray());
            partial.reset();
        }
        webSocket.request(1);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        textFrames.add(data.toString());
        webSocket.request(1);
        return CompletableFuture.completedFuture(null);
    }

    synchronized List<byte[]> frames() {
        return List.copyOf(frames);
    }

    synchronized List<String> textFrames() {
        return List.copyOf(textFrames);
    }

    /** Waits until a frame {@code matches}; fails saying how many frames did arrive. */
    byte[] await(Predicate<byte[]> matches, String description, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        do {
            for (byte[] frame : frames()) {
                if (matches.test(frame)) {
                    return frame;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AtprotoPeerException("interrupted while waiting for " + description, e);
            }
        } while (Instant.now().isBefore(deadline));
        throw new AtprotoPeerException("no firehose frame with %s within %d s; %d binary and %d text frames arrived"
                .formatted(description, timeout.toSeconds(), frames().size(), textFrames().size()));
    }

    @Override
    public void close() {
        socket.abort();
    }
}
