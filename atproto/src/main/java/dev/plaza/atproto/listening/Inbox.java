package dev.plaza.atproto.listening;

import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The bounded queue between one connection's socket and the listener's thread. The socket is asked for
 * its next message only while the queue has room (WebSocket.request(1) after each message); once it is
 * full, nothing more is read, TCP pushes back on the host, and the listener's next take asks again.
 */
final class Inbox {

    private final int maxFrames;
    private final long maxBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ArrayDeque<Arrival> queue = new ArrayDeque<>();
    private int frames;
    private long bytes;
    private boolean full;
    private volatile WebSocket socket;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private volatile long lastHeardNanos = System.nanoTime();

    Inbox(int maxFrames, long maxBytes) {
        this.maxFrames = maxFrames;
        this.maxBytes = maxBytes;
    }

    /** The socket opened: asks for its first message. */
    void opened(WebSocket webSocket) {
        socket = webSocket;
        heard();
        webSocket.request(1);
    }

    /** Something came that is not a whole frame (a part of one, a ping, a pong): asks for the next. */
    void askForMore() {
        heard();
        socket.request(1);
    }

    /** A whole frame came: queues it and asks for the next unless the queue is now full. */
    void frame(Arrival.Frame frame) {
        heard();
        boolean room;
        lock.lock();
        try {
            queue.add(frame);
            frames++;
            bytes += frame.bytes().length;
            room = frames < maxFrames && bytes < maxBytes;
            full = !room;
            arrived.signal();
        } finally {
            lock.unlock();
        }
        if (room) {
            socket.request(1);
        }
    }

    /**
     * Sends on the socket once what was sent before has gone, as the JDK's WebSocket takes one send at a time; false
     * when the socket is not open (yet, or any more).
     */
    synchronized boolean send(Function<WebSocket, CompletableFuture<WebSocket>> message) {
        WebSocket open = socket;
        if (open == null || open.isOutputClosed()) {
            return false;
        }
        sending = sending.handle((sent, failed) -> open).thenCompose(message);
        return true;
    }

    /** The connection ended; whatever was queued before still comes first. */
    void end(String why) {
        lock.lock();
        try {
            queue.add(new Arrival.Ended(why));
            arrived.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The next arrival if one is queued. */
    Optional<Arrival> poll() {
        Taken taken;
        lock.lock();
        try {
            taken = removeFirst();
        } finally {
            lock.unlock();
        }
        return handOut(taken);
    }

    /** The next arrival, waiting up to {@code timeout} for one. */
    Optional<Arrival> take(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        Taken taken;
        lock.lock();
        try {
            while (queue.isEmpty() && nanos > 0) {
                nanos = arrived.awaitNanos(nanos);
            }
            taken = removeFirst();
        } finally {
            lock.unlock();
        }
        return handOut(taken);
    }

    private Taken removeFirst() {
        Arrival arrival = queue.poll();
        boolean resume = false;
        if (arrival instanceof Arrival.Frame frame) {
            frames--;
            bytes -= frame.bytes().length;
            resume = full && frames < maxFrames && bytes < maxBytes;
            full = full && !resume;
        }
        return new Taken(Optional.ofNullable(arrival), resume);
    }

    private Optional<Arrival> handOut(Taken taken) {
        if (taken.resume()) {
            socket.request(1);
        }
        return taken.arrival();
    }

    /** What was taken, and whether to ask the socket for more: outside the lock, as the JDK may deliver on this thread. */
    private record Taken(Optional<Arrival> arrival, boolean resume) {
    }

    int depth() {
        lock.lock();
        try {
            return frames;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the socket is held back because the queue is full; a quiet socket then says nothing about the host. */
    boolean full() {
        lock.lock();
        try {
            return full;
        } finally {
            lock.unlock();
        }
    }

    Duration sinceLastHeard() {
        return Duration.ofNanos(System.nanoTime() - lastHeardNanos);
    }

    private void heard() {
        lastHeardNanos = System.nanoTime();
    }
}
