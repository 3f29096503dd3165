package dev.plaza.atproto.listening;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.firehose.Strictness;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.util.Optional;

/**
 * Listens to a host's repository event stream (com.atproto.sync.subscribeRepos, atproto event stream and sync
 * specs) and hands what it hears to a {@link ListeningSink} in batches, each with the cursor it advances to. It
 * resumes from the sink's cursor whenever it connects, so a sink that stores both in one transaction gets each
 * message once across crashes; connects again with backoff and jitter when a connection ends; and reads the socket
 * only while its bounded queue has room. With {@link Builder#verifying}, commits must carry their account's
 * signature and prove their operations, else they are skipped.
 * <pre>{@code
 * FirehoseListener listener = FirehoseListener.builder(URI.create("https://bsky.network"), sink, http)
 *         .verifying(identities, Strictness.LENIENT)
 *         .start();
 * ListeningStatus status = listener.status();
 * listener.close();
 * }</pre>
 * The host must have public addresses only, as Plaza's guarded client decides: that client's settings (loopback
 * allowed, for tests) also decide where the listener may connect.
 */
public final class FirehoseListener implements AutoCloseable {

    private final StreamListener running;

    private FirehoseListener(StreamListener running) {
        this.running = running;
    }

    /**
     * A listener for {@code host}'s stream (its https or http origin, or its wss or ws URL), storing into {@code sink},
     * whose host is checked by {@code http}'s guard before every connection.
     */
    public static Builder builder(URI host, ListeningSink sink, GuardedHttpClient http) {
        return new Builder(host, requireNonNull(sink, "sink"), http);
    }

    /** Where the listener stands now; safe from any thread. */
    public ListeningStatus status() {
        return running.status();
    }

    /** Stores what was heard, ends the connection and stops the listener's thread. */
    @Override
    public void close() {
        running.close();
    }

    public static final class Builder extends ListenerBuilder<Builder> {

        private final ListeningSink sink;
        private Optional<IdentityResolver> identities = Optional.empty();
        private Strictness strictness = Strictness.LENIENT;

        private Builder(URI host, ListeningSink sink, GuardedHttpClient http) {
            super(host, http);
            this.sink = sink;
        }

        /**
         * Verifies every commit and sync with its account's signing key, read from its DID document through
         * {@code resolver}; {@code required} says how much of Sync 1.1 commits must follow. Without this, messages are
         * decoded only. The {@link #clock} also says how far a commit's rev may run ahead.
         */
        public Builder verifying(IdentityResolver resolver, Strictness required) {
            this.identities = Optional.of(requireNonNull(resolver, "resolver"));
            this.strictness = requireNonNull(required, "required");
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Starts listening on a thread of its own. */
        public FirehoseListener start() {
            Optional<Verification> verification = identities.map(resolver -> new Verification(resolver, strictness, clock()));
            return new FirehoseListener(listen(new FirehoseProtocol(endpoint(), sink, verification)));
        }
    }
}
