package dev.plaza.atproto.listening;

import dev.plaza.atproto.AtprotoException;
import dev.plaza.atproto.firehose.FirehoseMessage;
import java.util.List;

/**
 * Messages heard on a repository event stream, in stream order, and the cursor they advance the listener
 * to: the seq of the last message heard, which may be past the last message here when messages after it
 * were skipped (unknown types, failed verification). A batch may carry no messages at all and only move
 * the cursor. {@link ListeningSink#store} keeps both in one transaction.
 */
public record ListeningBatch(List<FirehoseMessage> messages, long cursor) {

    public ListeningBatch {
        messages = List.copyOf(messages);
        if (cursor < 0) {
            throw new AtprotoException("a listening cursor is a seq, never negative; got " + cursor);
        }
    }
}
