package dev.plaza.web.pages;

import dev.plaza.core.activity.ConversationChange;
import dev.plaza.web.live.ConversationStream;
import dev.plaza.web.live.Subscriber;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /conversations/events}: the inbox's Server-Sent Events. Each started or changed
 * conversation of the workspace is one {@code conversation} event whose data is its id; a
 * {@code reload} event says that too many changed, or that some may have been missed. A comment
 * every {@code heartbeat} keeps proxies from closing a quiet stream and finds clients that left.
 */
final class InboxEvents {

    private static final Logger LOG = LoggerFactory.getLogger(InboxEvents.class);

    private final ConversationStream stream;
    private final Duration heartbeat;

    InboxEvents(ConversationStream stream, Duration heartbeat) {
        this.stream = stream;
        this.heartbeat = heartbeat;
    }

    SseHandler handler() {
        return new SseHandler(this::open);
    }

    private void open(SseClient client) {
        Subscriber subscriber = stream.subscribe(PageSupport.workspaceId(client.ctx()));
        client.keepAlive();
        client.onClose(subscriber::close);
        client.sendComment("listening");
        Thread.ofVirtual().name("inbox-events").start(() -> send(client, subscriber));
    }

    private void send(SseClient client, Subscriber subscriber) {
        try {
            while (!client.terminated()) {
                switch (subscriber.next(heartbeat)) {
                    case Subscriber.Next.Change(ConversationChange change) -> send(client, change);
                    case Subscriber.Next.Quiet quiet -> client.sendComment("heartbeat");
                    case Subscriber.Next.Ended ended -> {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("an inbox client went away: {}", e.getMessage());
        } finally {
            subscriber.close();
            client.close();
        }
    }

    private static void send(SseClient client, ConversationChange change) {
        if (change.reload()) {
            client.sendEvent("reload", "");
        } else {
            change.conversationIds().forEach(id -> client.sendEvent("conversation", Long.toString(id)));
        }
    }
}
