package dev.plaza.channels.mastodon.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

/**
 * Opens a long-lived {@code text/event-stream} response. The guarded client reads whole bodies only, so a
 * stream needs its own connection; {@link GuardedStreamConnector} checks the target with the guard first.
 */
@FunctionalInterface
public interface StreamConnector extends AutoCloseable {

    /** The response body of a GET to {@code url}, once the server answered 200; any other answer fails. */
    InputStream open(URI url, Map<String, String> headers) throws IOException;

    /** Lets go of what the connector holds (connections, timers); streams it opened are closed by their readers. */
    @Override
    default void close() {
    }
}
