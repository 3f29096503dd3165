package dev.plaza.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection that LISTENs to PostgreSQL's notifications for this store and hands each to its
 * channel's handler: queued deliveries, changed cached tables, changed conversations. PostgreSQL
 * sends a notification when the transaction that raised it commits, to every process LISTENing on
 * the database. After the connection is lost and found again, every handler hears {@code ""}:
 * notifications may have been missed meanwhile.
 */
final class DatabaseListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseListener.class);
    private static final int POLL_MILLIS = 500;

    private final DataSource dataSource;
    private final Map<String, Consumer<String>> handlers;
    private final Thread thread;
    private volatile boolean closed;

    /** {@code handlers}: channel name (letters and underscores) to what hears its payloads. */
    DatabaseListener(DataSource dataSource, Map<String, Consumer<String>> handlers) {
        handlers.keySet().forEach(channel -> {
            if (!channel.matches("[a-z_]+")) {
                throw new IllegalArgumentException("'%s' is not a channel name".formatted(channel));
            }
        });
        this.dataSource = dataSource;
        this.handlers = Map.copyOf(handlers);
        this.thread = Thread.ofPlatform().daemon().name("plaza-database-listener").start(this::listen);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    private void listen() {
        boolean reconnecting = false;
        while (!closed) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                for (String channel : handlers.keySet()) {
                    statement.execute("LISTEN " + channel);
                }
                if (reconnecting) {
                    handlers.values().forEach(handler -> handler.accept(""));
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            handlers.getOrDefault(notification.getName(), payload -> { }).accept(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.warn("not listening to the database ({}); trying again in a second", e.getMessage());
                    reconnecting = true;
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
            closed = true;
        }
    }
}
