package dev.plaza.web.live;

import dev.plaza.core.activity.ConversationChange;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** One open inbox: the changes that wait to be sent to it, at most its queue's capacity. */
public final class Subscriber implements AutoCloseable {

    /** What an inbox hears next: a change, nothing for a while (time for a heartbeat), or the end. */
    public sealed interface Next {
        record Change(ConversationChange change) implements Next {
        }

        record Quiet() implements Next {
        }

        record Ended() implements Next {
        }
    }

    private static final ConversationChange END = new ConversationChange(Optional.of(-1L), java.util.List.of());

    private final long workspaceId;
    private final BlockingQueue<ConversationChange> queue;
    private final Consumer<Subscriber> onClose;
    private volatile boolean closed;

    Subscriber(long workspaceId, int capacity, Consumer<Subscriber> onClose) {
        this.workspaceId = workspaceId;
        this.queue = new ArrayBlockingQueue<>(capacity + 1);
        this.onClose = onClose;
    }

    public long workspaceId() {
        return workspaceId;
    }

    /** Queues a change; false, and the subscriber is closed, when its queue is full. */
    boolean offer(ConversationChange change) {
        if (closed) {
            return true;
        }
        if (queue.remainingCapacity() > 1 && queue.offer(change)) {
            return true;
        }
        close();
        return false;
    }

    /** Waits up to {@code quiet} for the next change. */
    public Next next(Duration quiet) throws InterruptedException {
        if (closed && queue.isEmpty()) {
            return new Next.Ended();
        }
        ConversationChange change = queue.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
        if (change == null) {
            return closed ? new Next.Ended() : new Next.Quiet();
        }
        return change == END ? new Next.Ended() : new Next.Change(change);
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        queue.offer(END);
        onClose.accept(this);
    }
}
