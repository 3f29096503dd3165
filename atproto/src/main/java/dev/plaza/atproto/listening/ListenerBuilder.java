package dev.plaza.atproto.listening;

import static java.util.Objects.requireNonNull;

import dev.plaza.core.ingest.ListeningCores;
import dev.plaza.net.GuardedHttpClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * What every listener is built with: its host (an https or http origin, or a wss or ws URL, checked by the guarded
 * client before every connection), its settings, clock, sleeper and jitter. A listener's own builder adds the rest and
 * starts it with {@link #listen}.
 */
public abstract class ListenerBuilder<B extends ListenerBuilder<B>> {

    private final StreamEndpoint endpoint;
    private final GuardedHttpClient http;
    private ListeningSettings settings = ListeningSettings.DEFAULT;
    private Clock clock = Clock.systemUTC();
    private Optional<Sleeper> sleeper = Optional.empty();
    private RandomGenerator random = RandomGenerator.getDefault();
    private ListeningCores cores = ListeningCores.unlimited();

    protected ListenerBuilder(URI host, GuardedHttpClient http) {
        this.endpoint = StreamEndpoint.of(requireNonNull(host, "host"));
        this.http = requireNonNull(http, "http");
    }

    public B settings(ListeningSettings listeningSettings) {
        this.settings = requireNonNull(listeningSettings, "settings");
        return self();
    }

    /** The clock for lag and rates. */
    public B clock(Clock time) {
        this.clock = requireNonNull(time, "clock");
        return self();
    }

    /** How the listener waits between connections; by default it really waits, and stops waiting when closed. */
    public B sleeper(Sleeper waits) {
        this.sleeper = Optional.of(requireNonNull(waits, "sleeper"));
        return self();
    }

    /** The jitter's randomness. */
    public B random(RandomGenerator jitter) {
        this.random = requireNonNull(jitter, "random");
        return self();
    }

    /**
     * The cores the listener shares with the others: it holds one while it reads what it heard and gives it
     * back while it waits. By default it never waits for one.
     */
    public B cores(ListeningCores shared) {
        this.cores = requireNonNull(shared, "cores");
        return self();
    }

    protected abstract B self();

    protected final ListeningSettings settings() {
        return settings;
    }

    protected final Clock clock() {
        return clock;
    }

    /** Starts following {@code stream} at the host on a thread of its own. */
    protected final <M> StreamListener listen(EventStream<M> stream) {
        return listen(new EventProtocol<>(endpoint, requireNonNull(stream, "stream")));
    }

    final StreamEndpoint endpoint() {
        return endpoint;
    }

    final <M> StreamListener listen(Protocol<M> protocol) {
        Metrics metrics = new Metrics(clock, settings.queueFrames());
        HttpClient sockets = StreamSession.socketClient(settings);
        CountDownLatch closed = new CountDownLatch(1);
        Sleeper waits = sleeper.orElse(duration -> closed.await(duration.toMillis(), TimeUnit.MILLISECONDS));
        ListeningLoop<M> loop = new ListeningLoop<>(new ListeningLoop.Parts<>(protocol, http, sockets, settings, metrics, cores),
                waits, random);
        StreamListener listener = new StreamListener(loop, metrics, sockets, closed, "plaza-listening " + endpoint);
        listener.start();
        return listener;
    }
}
