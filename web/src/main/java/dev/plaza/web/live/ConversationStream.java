package dev.plaza.web.live;

import dev.plaza.core.activity.ConversationChange;
import dev.plaza.core.activity.ConversationChanges;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans the store's conversation changes out to the inboxes open in browsers, each through its own
 * bounded queue: a client that does not keep up is dropped (its browser reconnects and reloads),
 * never buffered for without end.
 */
public final class ConversationStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConversationStream.class);

    private final int queueCapacity;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AutoCloseable subscription;

    public ConversationStream(ConversationChanges changes, int queueCapacity) {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("a client's queue holds at least one change, not " + queueCapacity);
        }
        this.queueCapacity = queueCapacity;
        this.subscription = changes.subscribe(this::publish);
    }

    /** A new client of {@code workspaceId}'s inbox; close it when the client goes. */
    public Subscriber subscribe(long workspaceId) {
        Subscriber subscriber = new Subscriber(workspaceId, queueCapacity, subscribers::remove);
        subscribers.add(subscriber);
        return subscriber;
    }

    public int clients() {
        return subscribers.size();
    }

    void publish(ConversationChange change) {
        for (Subscriber subscriber : subscribers) {
            if (change.concerns(subscriber.workspaceId()) && !subscriber.offer(change)) {
                LOG.info("dropped an inbox client of workspace {}: {} changes waited for it",
                        subscriber.workspaceId(), queueCapacity);
            }
        }
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.warn("could not stop hearing conversation changes", e);
        }
        subscribers.forEach(Subscriber::close);
    }
}
