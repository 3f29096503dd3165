package dev.plaza.federation.inbox;

/** Handles one activity type; throws a FederationException to refuse the activity. */
@FunctionalInterface
public interface InboxListener {

    void on(Arrival arrival);
}
