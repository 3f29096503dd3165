package dev.plaza.atproto.listening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one connection heard and the sink has not yet stored: messages to keep, and the cursor, which also moves
 * past messages that were skipped. Notes without a seq (#info) wait for the first message with one, so that every
 * batch has a cursor to store.
 */
final class PendingBatch<M> {

    private final List<M> messages = new ArrayList<>();
    private final Optional<Long> start;
    private Optional<Long> stored;
    private Optional<Long> cursor;

    PendingBatch(Optional<Long> start) {
        this.start = start;
        this.stored = start;
        this.cursor = start;
    }

    /** Whether a message with this seq was heard already: the host sends only seqs past the cursor. */
    boolean alreadyHeard(long seq) {
        return cursor.filter(heard -> seq <= heard).isPresent();
    }

    void keep(M message, long seq) {
        messages.add(message);
        cursor = Optional.of(seq);
    }

    void skip(long seq) {
        cursor = Optional.of(seq);
    }

    /** A message without a seq, kept in order with the rest. */
    void note(M message) {
        messages.add(message);
    }

    int size() {
        return messages.size();
    }

    Optional<Long> cursor() {
        return cursor;
    }

    /** The cursor the connection asked for. */
    Optional<Long> start() {
        return start;
    }

    /** Whether the cursor moved since the connection began. */
    boolean progressed() {
        return !cursor.equals(start);
    }

    /** Stores what is pending, if there is anything and a cursor to store it with; answers how many messages. */
    int flush(Protocol<M> into) {
        if (cursor.isEmpty() || (messages.isEmpty() && cursor.equals(stored))) {
            return 0;
        }
        into.store(List.copyOf(messages), cursor.get());
        int count = messages.size();
        messages.clear();
        stored = cursor;
        return count;
    }
}
