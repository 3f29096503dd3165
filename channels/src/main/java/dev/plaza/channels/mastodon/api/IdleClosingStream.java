package dev.plaza.channels.mastodon.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A stream that gives up when nothing arrives for {@code idle}: Mastodon sends a heartbeat comment every few
 * seconds, so a silent connection is a dead one (a lost network does not always close the socket). The
 * watchdog closes the stream and interrupts the thread blocked reading it; that read then fails with an
 * {@link IOException} saying how long the stream was silent.
 */
final class IdleClosingStream extends FilterInputStream {

    private final Duration idle;
    private final ScheduledFuture<?> watchdog;
    private volatile long lastArrival = System.nanoTime();
    private final Object lock = new Object();
    private Thread reader;
    private volatile boolean timedOut;

    IdleClosingStream(InputStream in, Duration idle, ScheduledExecutorService timer) {
        super(in);
        this.idle = idle;
        long period = Math.max(10, idle.toMillis() / 4);
        this.watchdog = timer.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public int read() throws IOException {
        reading(Thread.currentThread());
        try {
            int b = super.read();
            lastArrival = System.nanoTime();
            return b;
        } catch (IOException e) {
            throw timedOut ? silent(e) : e;
        } finally {
            reading(null);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        reading(Thread.currentThread());
        try {
            int n = super.read(buffer, offset, length);
            lastArrival = System.nanoTime();
            return n;
        } catch (IOException e) {
            throw timedOut ? silent(e) : e;
        } finally {
            reading(null);
        }
    }

    @Override
    public void close() throws IOException {
        watchdog.cancel(false);
        super.close();
    }

    private void check() {
        if (System.nanoTime() - lastArrival < idle.toNanos() || timedOut) {
            return;
        }
        timedOut = true;
        watchdog.cancel(false);
        try {
            super.close();
        } catch (IOException ignored) {
            // closing is the point; the blocked read reports the silence
        }
        synchronized (lock) {
            if (reader != null) {
                reader.interrupt();
            }
        }
    }

    /** Once a read has ended, the watchdog interrupts the thread no more; an interrupt it sent before is cleared. */
    private void reading(Thread thread) {
        synchronized (lock) {
            reader = thread;
        }
        if (thread == null && timedOut) {
            Thread.interrupted();
        }
    }

    private IOException silent(IOException cause) {
        return new IOException("the stream sent nothing, not even a heartbeat, for " + idle, cause);
    }
}
