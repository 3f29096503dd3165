package dev.plaza.core.delivery;

/**
 * The durable outbound queue: what is enqueued survives a crash and is delivered to each inbox
 * exactly once, with retries. The store implements it on PostgreSQL; federation drains it.
 */
public interface DeliveryQueue {

    /** Queues the delivery in its own transaction; returns how many inbox jobs were added. */
    int enqueue(Delivery delivery);
}
