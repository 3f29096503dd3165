package dev.plaza.atproto.listening;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** An {@link EventStream} at a host, as the listening machinery follows it. */
record EventProtocol<M>(StreamEndpoint endpoint, EventStream<M> stream) implements Protocol<M> {

    @Override
    public URI socket(Optional<Long> cursor) {
        return endpoint.at(stream.target(cursor));
    }

    @Override
    public boolean readsText() {
        return true;
    }

    @Override
    public Optional<Long> cursor() {
        return stream.cursor();
    }

    @Override
    public void store(List<M> messages, long cursor) {
        stream.store(messages, cursor);
    }

    @Override
    public Reader reader(PendingBatch<M> pending, Metrics metrics) {
        return new EventReader<>(endpoint, stream, metrics, pending)::handle;
    }
}
