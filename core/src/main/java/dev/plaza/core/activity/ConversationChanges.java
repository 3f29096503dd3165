package dev.plaza.core.activity;

import java.util.function.Consumer;

/** Tells listeners of conversations that any Plaza process on the database started or changed. */
public interface ConversationChanges {

    /**
     * {@code listener} hears every change from now on, on the store's listening thread: it must
     * return quickly. Closing the subscription stops it.
     */
    AutoCloseable subscribe(Consumer<ConversationChange> listener);
}
