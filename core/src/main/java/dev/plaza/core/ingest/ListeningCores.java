package dev.plaza.core.ingest;

import java.util.concurrent.Semaphore;

/**
 * How many listeners may work on the processor at once: decoding what they heard, matching it against the
 * goal, detecting its language. By default all of the machine's cores but one, so that the store's one
 * writer, and PostgreSQL behind it, always finds a core free: the listeners of a workspace store through that
 * one writer, and on a machine with two cores three busy listeners would otherwise take most of the processor
 * from it.
 * A listener holds a core while it works and gives it back while it waits (for the network, or for the store),
 * so a waiting listener never keeps another from working.
 */
public final class ListeningCores {

    private final Semaphore cores;
    private final int count;
    private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);

    public ListeningCores(int cores) {
        if (cores < 1) {
            throw new IllegalArgumentException("listening needs at least one core, not " + cores);
        }
        this.count = cores;
        this.cores = new Semaphore(cores);
    }

    /** All of this machine's cores but one, and at least one. */
    public static ListeningCores ofThisMachine() {
        return new ListeningCores(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** As many cores as listeners: no listener ever waits for one. */
    public static ListeningCores unlimited() {
        return new ListeningCores(Integer.MAX_VALUE);
    }

    public int count() {
        return count;
    }

    /** Waits for a core and holds it for the current thread; a thread that holds one already keeps it. */
    public void enter() {
        int[] depth = held.get();
        if (depth[0]++ == 0) {
            cores.acquireUninterruptibly();
        }
    }

    /** Gives back the core {@link #enter} took. */
    public void leave() {
        int[] depth = held.get();
        if (depth[0] == 0) {
            throw new IllegalStateException("this thread holds no listening core");
        }
        if (--depth[0] == 0) {
            cores.release();
        }
    }

    /** Something a listener waits for, or works at. */
    @FunctionalInterface
    public interface Wait<T, E extends Exception> {
        T get() throws E;
    }

    /** Runs {@code work} on a core, waiting for one first if the current thread holds none. */
    public <T, E extends Exception> T working(Wait<T, E> work) throws E {
        enter();
        try {
            return work.get();
        } finally {
            leave();
        }
    }

    /**
     * Runs {@code wait} without the current thread's core, if it holds one, and takes a core again after:
     * for the waits of a listener that {@link #enter}ed.
     */
    public <T, E extends Exception> T waiting(Wait<T, E> wait) throws E {
        int[] depth = held.get();
        int holding = depth[0];
        if (holding == 0) {
            return wait.get();
        }
        depth[0] = 0;
        cores.release();
        try {
            return wait.get();
        } finally {
            cores.acquireUninterruptibly();
            depth[0] = holding;
        }
    }

    /** Whether the current thread holds a core. */
    public boolean holding() {
        return held.get()[0] > 0;
    }
}
