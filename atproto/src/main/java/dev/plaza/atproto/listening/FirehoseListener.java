package dev.plaza.atproto.listening;

import static java.util.Objects.requireNonNull;

import dev.plaza.atproto.firehose.Strictness;
import dev.plaza.atproto.identity.IdentityResolver;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

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

    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private final ListeningLoop loop;
    private final Metrics metrics;
    private final HttpClient sockets;
    private final CountDownLatch closed;
    private final Thread thread;

    private FirehoseListener(ListeningLoop loop, Metrics metrics, HttpClient sockets, CountDownLatch closed, String name) {
        this.loop = loop;
        this.metrics = metrics;
        this.sockets = sockets;
        this.closed = closed;
        this.thread = Thread.ofPlatform().name(name).daemon(true).unstarted(loop);
    }

    /**
     * A listener for {@code host}'s stream (its https or http origin, or its wss or ws URL), storing into {@code sink},
     * whose host is checked by {@code http}'s guard before every connection.
     */
    public static Builder builder(URI host, ListeningSink sink, GuardedHttpClient http) {
        return new Builder(StreamEndpoint.of(requireNonNull(host, "host")), requireNonNull(sink, "sink"),
                requireNonNull(http, "http"));
    }

    /** Where the listener stands now; safe from any thread. */
    public ListeningStatus status() {
        return metrics.status();
    }

    /** Stores what was heard, ends the connection and stops the listener's thread. */
    @Override
    public void close() {
        loop.close();
        closed.countDown();
        try {
            thread.join(CLOSE_GRACE);
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(CLOSE_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sockets.shutdownNow();
        }
    }

    public static final class Builder {

        private final StreamEndpoint endpoint;
        private final ListeningSink sink;
        private final GuardedHttpClient http;
        private ListeningSettings settings = ListeningSettings.DEFAULT;
        private Optional<IdentityResolver> identities = Optional.empty();
        private Strictness strictness = Strictness.LENIENT;
        private Clock clock = Clock.systemUTC();
        private Optional<Sleeper> sleeper = Optional.empty();
        private RandomGenerator random = RandomGenerator.getDefault();

        private Builder(StreamEndpoint endpoint, ListeningSink sink, GuardedHttpClient http) {
            this.endpoint = endpoint;
            this.sink = sink;
            this.http = http;
        }

        public Builder settings(ListeningSettings listeningSettings) {
            this.settings = requireNonNull(listeningSettings, "settings");
            return this;
        }

        /**
         * Verifies every commit and sync with its account's signing key, read from its DID document through
         * {@code resolver}; {@code required} says how much of Sync 1.1 commits must follow. Without this, messages are
         * decoded only.
         */
        public Builder verifying(IdentityResolver resolver, Strictness required) {
            this.identities = Optional.of(requireNonNull(resolver, "resolver"));
            this.strictness = requireNonNull(required, "required");
            return this;
        }

        /** The clock for lag, rates and how far a commit's rev may run ahead. */
        public Builder clock(Clock time) {
            this.clock = requireNonNull(time, "clock");
            return this;
        }

        /** How the listener waits between connections; by default it really waits, and stops waiting when closed. */
        public Builder sleeper(Sleeper waits) {
            this.sleeper = Optional.of(requireNonNull(waits, "sleeper"));
            return this;
        }

        /** The jitter's randomness. */
        public Builder random(RandomGenerator jitter) {
            this.random = requireNonNull(jitter, "random");
            return this;
        }

        /** Starts listening on a thread of its own. */
        public FirehoseListener start() {
            Metrics metrics = new Metrics(clock, settings.queueFrames());
            HttpClient sockets = StreamSession.socketClient(settings);
            Optional<Verification> verification = identities.map(resolver -> new Verification(resolver, strictness, clock));
            CountDownLatch closed = new CountDownLatch(1);
            Sleeper waits = sleeper.orElse(duration -> closed.await(duration.toMillis(), TimeUnit.MILLISECONDS));
            ListeningLoop loop = new ListeningLoop(new ListeningLoop.Parts(endpoint, sink, http, sockets, settings, verification,
                    metrics), waits, random);
            FirehoseListener listener = new FirehoseListener(loop, metrics, sockets, closed, "plaza-listening " + endpoint);
            listener.thread.start();
            return listener;
        }
    }
}
