package dev.plaza.core.delivery;

/** Jobs in each state, and how many hosts have an open circuit. */
public record DeliveryCounts(long queued, long sending, long done, long dead, long openCircuits) {
}
