package dev.plaza.federation.outbox;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.publishing.LocalPost;
import dev.plaza.federation.inbox.VotesCounted;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a poll's new counts a while after a vote, once for all the votes of that while (Mastodon
 * waits three minutes), so a popular poll does not send an Update per vote. A restart forgets
 * a pending update; the next vote schedules it again.
 */
public final class PollUpdates implements VotesCounted {

    private static final Logger LOG = LoggerFactory.getLogger(PollUpdates.class);

    private final Publisher publisher;
    private final Duration delay;
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();

    public PollUpdates(Publisher publisher, Duration delay) {
        this.publisher = requireNonNull(publisher, "publisher");
        this.delay = requireNonNull(delay, "delay");
    }

    @Override
    public void changed(LocalPost poll) {
        if (pending.add(poll.id())) {
            Thread.ofVirtual().name("poll-update-" + poll.id()).start(() -> send(poll.id()));
        }
    }

    private void send(long postId) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        pending.remove(postId);
        try {
            publisher.refreshPoll(postId);
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("post", postId).log("the poll's new counts were not sent: {}", e.getMessage());
        }
    }
}
