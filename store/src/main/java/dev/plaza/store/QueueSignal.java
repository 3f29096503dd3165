package dev.plaza.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes idle delivery workers when jobs are queued, instead of having them poll: each enqueue
 * sends {@code NOTIFY} in its transaction (PostgreSQL delivers it at commit, and to every Plaza
 * process on the database), and one connection here LISTENs. Workers that find nothing wait on
 * {@link #await}; if the listening connection is lost they still wake when their wait times out.
 */
final class QueueSignal implements AutoCloseable {

    static final String CHANNEL = "plaza_delivery";
    private static final Logger LOG = LoggerFactory.getLogger(QueueSignal.class);
    private static final int POLL_MILLIS = 500;

    private final DataSource dataSource;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private long count;
    private Thread listener;
    private volatile boolean closed;

    QueueSignal(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many notifications have arrived; read it before a claim, and pass it to {@link #await} if the claim was empty. */
    long count() {
        lock.lock();
        try {
            startListening();
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

    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            queued.signalAll();
            if (listener != null) {
                listener.interrupt();
            }
        } finally {
            lock.unlock();
        }
    }

    private void startListening() {
        if (listener == null && !closed) {
            listener = Thread.ofPlatform().daemon().name("plaza-delivery-listener").start(this::listen);
        }
    }

    private void listen() {
        while (!closed) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        signal();
                    }
                }
            } catch (SQLException e) {
                if (!closed) {
                    LOG.warn("not listening for queued deliveries ({}); workers poll until it is back", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void signal() {
        lock.lock();
        try {
            count++;
            queued.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void pause() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }
}
