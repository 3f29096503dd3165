package dev.plaza.store;

import dev.plaza.core.delivery.Delivery;
import dev.plaza.core.delivery.DeliveryQueue;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

final class PgDeliveryQueue implements DeliveryQueue {

    private final Jdbi jdbi;

    PgDeliveryQueue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int enqueue(Delivery delivery) {
        return jdbi.inTransaction(h -> enqueue(h, delivery));
    }

    /** Queues within the caller's transaction, so that what the delivery announces commits with it. */
    static int enqueue(Handle h, Delivery delivery) {
        Set<String> inboxes = new LinkedHashSet<>();
        delivery.inboxes().forEach(inbox -> inboxes.add(inbox.toString()));
        String[] hosts = inboxes.stream().map(inbox -> hostOf(URI.create(inbox))).toArray(String[]::new);
        Optional<Long> id = h.createQuery("""
                        INSERT INTO delivery (activity_id, actor_id, body) VALUES (:activity, :actor, :body)
                        ON CONFLICT (activity_id) DO NOTHING RETURNING id""")
                .bind("activity", delivery.activityId()).bind("actor", delivery.actorId())
                .bind("body", delivery.activityJson()).mapTo(Long.class).findOne();
        if (id.isEmpty()) {
            return 0;
        }
        h.execute("NOTIFY " + QueueSignal.CHANNEL);
        return h.createUpdate("""
                        INSERT INTO delivery_job (delivery_id, inbox, host)
                        SELECT :delivery, u.inbox, u.host FROM unnest(:inboxes, :hosts) AS u(inbox, host)""")
                .bind("delivery", id.get()).bind("inboxes", inboxes.toArray(String[]::new)).bind("hosts", hosts)
                .execute();
    }

    /** host[:port] as the inbox names it, lower case: one circuit per server a socket reaches. */
    static String hostOf(URI inbox) {
        if (inbox.getHost() == null) {
            throw new IllegalArgumentException("%s is not an inbox URL: it has no host".formatted(inbox));
        }
        String host = inbox.getHost().toLowerCase(Locale.ROOT);
        return inbox.getPort() == -1 ? host : host + ":" + inbox.getPort();
    }
}
