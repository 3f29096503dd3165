package dev.plaza.core.delivery;

/**
 * The durable outbound queue: what is enqueued survives a crash and is delivered to each inbox
 * exactly once, with retries. The store implements it on PostgreSQL; federation's delivery worker
 * drains it through {@link DeliveryJobs}. A later Kafka implementation passes the same contract
 * tests (design.md §5).
 */
public interface DeliveryQueue {

    /** Queues the delivery in its own transaction; returns how many inbox jobs were added (0 if already queued). */
    int enqueue(Delivery delivery);
}
