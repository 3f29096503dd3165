package dev.plaza.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * One of Plaza's background pollers on a virtual thread: a step now and every {@code every} after
 * (see {@link Repeating}) from {@link #start} until {@link #close}, which waits for the step under
 * way to end.
 */
final class BackgroundLoop implements AutoCloseable {

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;

    BackgroundLoop(String name, Duration every, Runnable step, Consumer<RuntimeException> failed) {
        this.thread = Thread.ofVirtual().name(name).unstarted(() -> Repeating.until(stopped, every, step, failed));
    }

    void start() {
        thread.start();
    }

    /** Whether {@link #close} was called: a long step should end early. */
    boolean stopping() {
        return stopped.getCount() == 0;
    }

    @Override
    public void close() {
        stopped.countDown();
        if (thread.getState() == Thread.State.NEW) {
            return;
        }
        try {
            thread.join(CLOSE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
