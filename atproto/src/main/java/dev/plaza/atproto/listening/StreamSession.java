package dev.plaza.atproto.listening;

import dev.plaza.atproto.listening.ListeningStatus.State;
import dev.plaza.net.GuardSettings;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection, from the guard's check to its end: frames are taken from the {@link Inbox} one by one and handled
 * into a pending batch, which goes to the sink whenever the queue runs empty or the batch is full, and once more
 * before the connection ends. A quiet connection is pinged, and given up when it stays quiet.
 */
final class StreamSession<M> {

    private static final Logger LOG = LoggerFactory.getLogger(StreamSession.class);

    private final ListeningLoop.Parts<M> parts;
    private final Consumer<Inbox> current;

    StreamSession(ListeningLoop.Parts<M> parts, Consumer<Inbox> current) {
        this.parts = parts;
        this.current = current;
    }

    Ending run(Optional<Long> cursor) throws InterruptedException {
        Optional<Ending> refused = PublicTarget.check(parts.http(), parts.endpoint());
        if (refused.isPresent()) {
            return refused.get();
        }
        Inbox inbox = new Inbox(parts.settings().queueFrames(), parts.settings().queueBytes());
        current.accept(inbox);
        PendingBatch<M> pending = new PendingBatch<>(cursor);
        Metrics metrics = parts.metrics();
        metrics.queue(inbox::depth);
        CompletableFuture<WebSocket> opening = open(inbox, cursor);
        try {
            opened(opening);
            metrics.connections.incrementAndGet();
            metrics.state(State.STREAMING);
            LOG.info("listening to {} from cursor {}", parts.endpoint(), cursor.map(String::valueOf).orElse("(live)"));
            return listen(inbox, pending).progressed(pending.progressed());
        } catch (ExecutionException | TimeoutException e) {
            return Ending.soon("could not connect to %s: %s".formatted(parts.endpoint(), failure(e)));
        } finally {
            opening.thenAccept(WebSocket::abort);
            metrics.queue(() -> 0);
        }
    }

    private CompletableFuture<WebSocket> open(Inbox inbox, Optional<Long> cursor) {
        SocketListener listener = new SocketListener(inbox, parts.settings().maxFrameBytes(), parts.protocol().readsText(),
                parts.metrics(), parts.endpoint().toString());
        return parts.sockets().newWebSocketBuilder()
                .connectTimeout(parts.settings().connectTimeout())
                .header("User-Agent", GuardSettings.DEFAULT.userAgent())
                .buildAsync(parts.protocol().socket(cursor), listener);
    }

    private void opened(CompletableFuture<WebSocket> opening)
            throws InterruptedException, ExecutionException, TimeoutException {
        // the handshake's own timeout covers the TCP connect only; this bounds the upgrade answer too
        opening.get(parts.settings().connectTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
    }

    /** Reads on one of the listening cores, which it gives back while the queue is empty. */
    private Ending listen(Inbox inbox, PendingBatch<M> pending) throws InterruptedException {
        return parts.cores().working(() -> listenOnCore(inbox, pending));
    }

    private Ending listenOnCore(Inbox inbox, PendingBatch<M> pending) throws InterruptedException {
        Protocol.Reader reader = parts.protocol().reader(pending, parts.metrics());
        while (true) {
            Optional<Arrival> next = inbox.poll();
            if (next.isEmpty()) {
                Optional<Ending> failed = flush(pending);
                if (failed.isPresent()) {
                    return failed.get();
                }
                next = parts.cores().waiting(() -> inbox.take(parts.settings().pingInterval()));
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (next.isEmpty()) {
                Optional<Ending> dead = checkAlive(inbox);
                if (dead.isPresent()) {
                    return dead.get();
                }
                continue;
            }
            Optional<Ending> ended = handle(reader, next.get());
            if (ended.isPresent()) {
                return flush(pending).orElse(ended.get());
            }
            if (pending.size() >= parts.settings().maxBatch()) {
                Optional<Ending> failed = flush(pending);
                if (failed.isPresent()) {
                    return failed.get();
                }
            }
        }
    }

    private Optional<Ending> handle(Protocol.Reader reader, Arrival arrival) {
        try {
            return switch (arrival) {
                case Arrival.Frame frame -> reader.handle(frame);
                case Arrival.Ended end -> Optional.of(Ending.soon(end.why()));
            };
        } catch (RuntimeException e) {
            // whatever the ledger took of the frame, it is heard again
            parts.protocol().forget();
            String why = "a frame from %s could not be handled: %s; listening again from the stored cursor"
                    .formatted(parts.endpoint(), e);
            LOG.error(why, e);
            return Optional.of(Ending.soon(why));
        }
    }

    private Optional<Ending> flush(PendingBatch<M> pending) {
        try {
            int stored = pending.flush(parts.protocol());
            parts.metrics().stored.addAndGet(stored);
            pending.cursor().ifPresent(parts.metrics()::cursor);
            return Optional.empty();
        } catch (RuntimeException e) {
            // the ledger took messages the sink did not store: they come again, and must not be stale then
            parts.protocol().forget();
            String why = "the sink did not store a batch of messages up to cursor %s from %s: %s; listening again from its cursor"
                    .formatted(pending.cursor().map(String::valueOf).orElse("(none)"), parts.endpoint(), e);
            LOG.error(why, e);
            return Optional.of(Ending.soon(why));
        }
    }

    private Optional<Ending> checkAlive(Inbox inbox) {
        if (inbox.full()) {
            return Optional.empty();
        }
        if (inbox.sinceLastHeard().compareTo(parts.settings().pingInterval().multipliedBy(2)) >= 0) {
            return Optional.of(Ending.soon("%s sent nothing, not even a pong, for %d ms; the connection is taken for dead"
                    .formatted(parts.endpoint(), inbox.sinceLastHeard().toMillis())));
        }
        inbox.send(socket -> socket.sendPing(ByteBuffer.allocate(0)));
        return Optional.empty();
    }

    private static String failure(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof WebSocketHandshakeException handshake) {
            return "it answered the WebSocket handshake with HTTP %d: %s".formatted(handshake.getResponse().statusCode(),
                    handshake.getCause() == null ? handshake.getMessage() : handshake.getCause().getMessage());
        }
        if (cause instanceof TimeoutException) {
            return "no answer to the WebSocket handshake in time";
        }
        return cause.toString();
    }

    /** The client for sockets: HTTP/1.1 only, as the reference PDS drops a connection that offers h2c; no redirects. */
    static HttpClient socketClient(ListeningSettings settings) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
