package dev.plaza.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The loop of Plaza's background pollers: a step now and every {@code every} after, until stopped. */
final class Repeating {

    private Repeating() {
    }

    /** Runs {@code step} until {@code stopped} opens; a step that fails is handed to {@code failed} and runs again next time. */
    static void until(CountDownLatch stopped, Duration every, Runnable step, Consumer<RuntimeException> failed) {
        try {
            do {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    failed.accept(e);
                }
            } while (!stopped.await(every.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
