package dev.plaza.atproto.listening;

import dev.plaza.atproto.firehose.FirehoseMessage;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** com.atproto.sync.subscribeRepos: binary frames of DAG-CBOR, verified where asked, stored in a {@link ListeningSink}. */
record FirehoseProtocol(StreamEndpoint endpoint, ListeningSink sink, Optional<Verification> verification)
        implements Protocol<FirehoseMessage> {

    @Override
    public URI socket(Optional<Long> cursor) {
        return endpoint.stream(cursor);
    }

    @Override
    public boolean readsText() {
        return false;
    }

    @Override
    public Optional<Long> cursor() {
        return sink.cursor();
    }

    @Override
    public void store(List<FirehoseMessage> messages, long cursor) {
        sink.store(new ListeningBatch(messages, cursor));
    }

    @Override
    public Reader reader(PendingBatch<FirehoseMessage> pending, Metrics metrics) {
        FrameHandler handler = new FrameHandler(endpoint, verification, metrics, pending);
        return frame -> handler.handle(frame.bytes());
    }

    @Override
    public void forget() {
        verification.ifPresent(Verification::reset);
    }
}
