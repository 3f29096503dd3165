package dev.plaza.app;

import dev.plaza.channels.mastodon.api.StreamConnector;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Opens streams through another connector and remembers them, so that stopping a listener ends its reads at once. */
final class ClosingStreams implements StreamConnector {

    private final StreamConnector connector;
    private final Set<InputStream> open = ConcurrentHashMap.newKeySet();

    ClosingStreams(StreamConnector connector) {
        this.connector = connector;
    }

    @Override
    public InputStream open(URI url, Map<String, String> headers) throws IOException {
        InputStream stream = new FilterInputStream(connector.open(url, headers)) {
            @Override
            public void close() throws IOException {
                open.remove(this);
                super.close();
            }
        };
        open.add(stream);
        return stream;
    }

    void closeAll() {
        for (InputStream stream : Set.copyOf(open)) {
            try {
                stream.close();
            } catch (IOException e) {
                // the stream is being abandoned; its reader fails and stops
            }
        }
    }
}
