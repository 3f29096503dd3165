package dev.plaza.atproto.jetstream;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.listening.ListenerBuilder;
import dev.plaza.atproto.listening.ListeningStatus;
import dev.plaza.atproto.listening.StreamListener;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.util.Optional;

/**
 * Listens to a Jetstream (Bluesky's JSON re-encoding of the repository event stream, at {@code <host>/subscribe}) and
 * hands its events to a {@link JetstreamSink} in batches, each with the cursor it advances to, as the
 * {@link dev.plaza.atproto.listening.FirehoseListener} does for the firehose and on the same machinery: it resumes
 * from the sink's cursor, connects again with backoff and jitter, reads the socket only while its queue has room,
 * and skips and counts an event it cannot read without ending the connection.
 * <pre>{@code
 * JetstreamListener listener = JetstreamListener.builder(URI.create("wss://jetstream2.us-east.bsky.network"), sink, http)
 *         .filter(JetstreamFilter.of(List.of("app.bsky.feed.*"), List.of()))
 *         .compressed(ZstdDictionary.read(Path.of("zstd_dictionary")))
 *         .start();
 * listener.update(JetstreamFilter.of(List.of("app.bsky.graph.follow"), List.of()));
 * listener.close();
 * }</pre>
 */
public final class JetstreamListener implements AutoCloseable {

    private final StreamListener running;
    private final JetstreamStream stream;

    private JetstreamListener(StreamListener running, JetstreamStream stream) {
        this.running = running;
        this.stream = stream;
    }

    /** A listener for the Jetstream at {@code host}, storing into {@code sink}, whose host {@code http}'s guard checks. */
    public static Builder builder(URI host, JetstreamSink sink, GuardedHttpClient http) {
        return new Builder(host, requireNonNull(sink, "sink"), http);
    }

    /** Where the listener stands now; safe from any thread. */
    public ListeningStatus status() {
        return running.status();
    }

    /** The filter asked for now. */
    public JetstreamFilter filter() {
        return stream.filter();
    }

    /**
     * Asks for {@code filter} instead: on the open connection with an options_update message, and on every later
     * connection. Answers whether a connection was open to tell; events already on their way may still follow the old
     * filter.
     */
    public boolean update(JetstreamFilter filter) {
        stream.filter(requireNonNull(filter, "filter"));
        return running.send(filter.optionsUpdate());
    }

    /** Stores what was heard, ends the connection and stops the listener's thread. */
    @Override
    public void close() {
        running.close();
    }

    public static final class Builder extends ListenerBuilder<Builder> {

        private final JetstreamSink sink;
        private JetstreamFilter filter = JetstreamFilter.EVERYTHING;
        private Optional<ZstdDictionary> dictionary = Optional.empty();

        private Builder(URI host, JetstreamSink sink, GuardedHttpClient http) {
            super(host, http);
            this.sink = sink;
        }

        /** The collections and DIDs to ask for; everything by default. */
        public Builder filter(JetstreamFilter wanted) {
            this.filter = requireNonNull(wanted, "filter");
            return this;
        }

        /** Asks for events compressed with zstd and {@code zstdDictionary}, Jetstream's published dictionary. */
        public Builder compressed(ZstdDictionary zstdDictionary) {
            this.dictionary = Optional.of(requireNonNull(zstdDictionary, "dictionary"));
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Starts listening on a thread of its own. */
        public JetstreamListener start() {
            JetstreamStream stream = new JetstreamStream(sink, filter, dictionary, settings().maxFrameBytes());
            return new JetstreamListener(listen(stream), stream);
        }
    }
}
