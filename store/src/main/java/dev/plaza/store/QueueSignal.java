package dev.plaza.store;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes idle delivery workers when jobs are queued, instead of having them poll: each enqueue
 * sends {@code NOTIFY} in its transaction (PostgreSQL delivers it at commit, to every Plaza process
 * on the database), and the {@link DatabaseListener} turns it into {@link #signal()}. Workers that
 * find nothing wait on {@link #await}; if the listening connection is lost they still wake when
 * their wait times out.
 */
final class QueueSignal {

    static final String CHANNEL = "plaza_delivery";

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private long count;
    private boolean closed;

    /** How many notifications have arrived; read it before a claim, and pass it to {@link #await} if the claim was empty. */
    long count() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until jobs were queued after {@code seen} was read, or {@code timeout} passes. */
    void await(long seen, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (count == seen && nanos > 0 && !closed) {
                nanos = queued.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }

    void signal() {
        lock.lock();
        try {
            count++;
            queued.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The store is closing: no one waits any longer. */
    void close() {
        lock.lock();
        try {
            closed = true;
            queued.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
