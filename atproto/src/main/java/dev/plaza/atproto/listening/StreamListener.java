package dev.plaza.atproto.listening;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A running listener of any event stream, on a thread of its own: what {@link FirehoseListener} and the other
 * listeners built with a {@link ListenerBuilder} run on.
 */
public final class StreamListener implements AutoCloseable {

    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private final ListeningLoop<?> loop;
    private final Metrics metrics;
    private final HttpClient sockets;
    private final CountDownLatch closed;
    private final Thread thread;

    StreamListener(ListeningLoop<?> loop, Metrics metrics, HttpClient sockets, CountDownLatch closed, String name) {
        this.loop = loop;
        this.metrics = metrics;
        this.sockets = sockets;
        this.closed = closed;
        this.thread = Thread.ofPlatform().name(name).daemon(true).unstarted(loop);
    }

    void start() {
        thread.start();
    }

    /** Where the listener stands now; safe from any thread. */
    public ListeningStatus status() {
        return metrics.status();
    }

    /**
     * Sends a text message to the host on the open connection, after whatever was sent before; false when no
     * connection is open. Safe from any thread.
     */
    public boolean send(String text) {
        return loop.send(text);
    }

    /** Stores what was heard, ends the connection and stops the listener's thread. */
    @Override
    public void close() {
        loop.close();
        closed.countDown();
        try {
            thread.join(CLOSE_GRACE);
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(CLOSE_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sockets.shutdownNow();
        }
    }
}
